package org.rmcp.mac.hmacmd5.internal;

import java.security.GeneralSecurityException;
import org.osgi.service.component.annotations.Component;
import org.rmcp.alg.support.mac.JcaHmacAlgorithm;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.AuthId;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * AUTH_ID 0x02, HMAC-MD5 (X.603.1 Amd.1 Table 17; RFC 2104 over MD5): JCA {@code HmacMD5} with
 * one Mac and one MessageDigest cached per calling thread. {@link #digest} is
 * plain MD5 (RFC 1321), collision-broken; RFC 6151 still finds no practical attack on HMAC-MD5.
 */
@Component(service = AuthAlgorithm.class)
@AuthId(AuthIds.HMAC_MD5)
@AlgorithmName(HmacMd5Algorithm.NAME)
public final class HmacMd5Algorithm extends JcaHmacAlgorithm {
    static final String NAME = "HMAC-MD5";

    public HmacMd5Algorithm() {
        super(AuthIds.HMAC_MD5, NAME, "HmacMD5", "MD5", 16);
    }

    @Override
    public void selfTest() throws GeneralSecurityException {
        selfTest(Kat.MAC, Kat.DIGEST);
    }
}

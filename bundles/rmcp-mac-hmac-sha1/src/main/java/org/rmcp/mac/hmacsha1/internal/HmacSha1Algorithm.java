package org.rmcp.mac.hmacsha1.internal;

import java.security.GeneralSecurityException;
import org.osgi.service.component.annotations.Component;
import org.rmcp.alg.support.mac.JcaHmacAlgorithm;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.AuthId;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * AUTH_ID 0x01, HMAC-SHA1 (X.603.1 Amd.1 Table 17; RFC 2104 over SHA-1): JCA {@code HmacSHA1}
 * with one Mac and one MessageDigest cached per calling thread; {@link #digest} is plain SHA-1.
 */
@Component(service = AuthAlgorithm.class)
@AuthId(AuthIds.HMAC_SHA1)
@AlgorithmName(HmacSha1Algorithm.NAME)
public final class HmacSha1Algorithm extends JcaHmacAlgorithm {
    static final String NAME = "HMAC-SHA1";

    public HmacSha1Algorithm() {
        super(AuthIds.HMAC_SHA1, NAME, "HmacSHA1", "SHA-1", 20);
    }

    @Override
    public void selfTest() throws GeneralSecurityException {
        selfTest(Kat.MAC, Kat.DIGEST);
    }
}

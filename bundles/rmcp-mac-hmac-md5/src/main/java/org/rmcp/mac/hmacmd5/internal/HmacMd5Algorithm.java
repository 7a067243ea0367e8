package org.rmcp.mac.hmacmd5.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Component;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.AuthId;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * AUTH_ID 0x02, HMAC-MD5 (X.603.1 Amd.1 Table 17; RFC 2104 over MD5): JCA {@code HmacMD5} with
 * one {@link Mac} and one {@link MessageDigest} cached per calling thread. {@link #digest} is
 * plain MD5 (RFC 1321), collision-broken; RFC 6151 still finds no practical attack on HMAC-MD5.
 */
@Component(service = AuthAlgorithm.class)
@AuthId(AuthIds.HMAC_MD5)
@AlgorithmName(HmacMd5Algorithm.NAME)
public final class HmacMd5Algorithm implements AuthAlgorithm {
    static final String NAME = "HMAC-MD5";
    private static final String JCA_MAC = "HmacMD5";
    private static final String JCA_DIGEST = "MD5";
    private static final int LENGTH = 16;

    // JDK classes only (no class of this bundle), so a thread outliving the bundle pins nothing of it
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(HmacMd5Algorithm::newMac);
    private final ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(HmacMd5Algorithm::newDigest);

    @Override
    public int code() {
        return AuthIds.HMAC_MD5;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int macLength() {
        return LENGTH;
    }

    @Override
    public int digestLength() {
        return LENGTH;
    }

    @Override
    public byte[] mac(byte[] key, ByteBuffer... data) throws GeneralSecurityException {
        if (key.length == 0) {
            throw new InvalidKeyException(NAME + ": empty key");
        }
        Mac mac = macs.get();
        mac.init(new SecretKeySpec(key, JCA_MAC));
        for (ByteBuffer b : data) {
            mac.update(b.duplicate());
        }
        return mac.doFinal();
    }

    @Override
    public byte[] digest(ByteBuffer data) {
        MessageDigest md = digests.get();
        md.reset();
        md.update(data.duplicate());
        return md.digest();
    }

    @Override
    public void selfTest() throws GeneralSecurityException {
        for (Kat.Vector v : Kat.MAC) {
            check(v, mac(v.key(), ByteBuffer.wrap(v.data())));
        }
        for (Kat.Vector v : Kat.DIGEST) {
            check(v, digest(ByteBuffer.wrap(v.data())));
        }
    }

    private static void check(Kat.Vector v, byte[] actual) throws GeneralSecurityException {
        if (!MessageDigest.isEqual(v.expected(), actual)) {
            throw new GeneralSecurityException(NAME + " self test failed: " + v.name());
        }
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(JCA_MAC);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JCA lacks " + JCA_MAC, e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(JCA_DIGEST);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JCA lacks " + JCA_DIGEST, e);
        }
    }
}

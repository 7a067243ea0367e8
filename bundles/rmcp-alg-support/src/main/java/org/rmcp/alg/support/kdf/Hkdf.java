package org.rmcp.alg.support.kdf;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA-256 (RFC 5869 section 2), in the two-call JCA form: the one key derivation
 * of the project (MEM_AUTH's key schedule, the control-message and content protectors). Inlined
 * into each bundle that uses it with {@code -conditionalpackage}; RFC 5869 A.1-A.3 are checked in
 * rmcp-auth-memauth's {@code HkdfKatTest}.
 */
public final class Hkdf {
    /** HMAC-SHA-256 output length in bytes. */
    public static final int HASH_LEN = 32;
    private static final String HMAC = "HmacSHA256";

    private Hkdf() {
    }

    /** HKDF-Extract: PRK = HMAC(salt, IKM); a null or empty salt is HashLen zero bytes (RFC 5869 2.2). */
    public static byte[] extract(byte[] salt, byte[] ikm) throws GeneralSecurityException {
        return hmac(salt == null || salt.length == 0 ? new byte[HASH_LEN] : salt, ikm);
    }

    /** HKDF-Expand: T(i) = HMAC(PRK, T(i-1) || info || i), the first {@code length} bytes (RFC 5869 2.3). */
    public static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
        if (length < 0 || length > 255 * HASH_LEN) {
            throw new IllegalArgumentException("HKDF length out of range: " + length);
        }
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(prk, HMAC));
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        for (int i = 1, off = 0; off < length; i++) {
            mac.update(t);
            mac.update(info);
            mac.update((byte) i);
            Arrays.fill(t, (byte) 0);
            t = mac.doFinal();
            int n = Math.min(t.length, length - off);
            System.arraycopy(t, 0, out, off, n);
            off += n;
        }
        Arrays.fill(t, (byte) 0);
        return out;
    }

    /** Extract then expand. */
    public static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) throws GeneralSecurityException {
        byte[] prk = extract(salt, ikm);
        try {
            return expand(prk, info, length);
        } finally {
            Arrays.fill(prk, (byte) 0);
        }
    }

    /** HMAC-SHA-256 of the concatenated {@code data} under {@code key}. */
    public static byte[] hmac(byte[] key, byte[]... data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(key, HMAC));
        for (byte[] d : data) {
            mac.update(d);
        }
        return mac.doFinal();
    }

    /** @return the parts one after another */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

package org.rmcp.transport.internal;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA-256, RFC 5869 (extract, then expand), on the JCA. */
public final class Hkdf {
    private static final String HMAC = "HmacSHA256";
    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /**
     * @param salt the salt, or {@code null}/empty for RFC 5869's default (HashLen zero bytes)
     * @param ikm input keying material
     * @return the pseudorandom key PRK
     */
    public static byte[] extract(byte[] salt, byte[] ikm) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt, HMAC));
        return mac.doFinal(ikm);
    }

    /**
     * @param prk a pseudorandom key from {@link #extract}
     * @param info context and application specific information
     * @param length output bytes, at most 255 × 32
     * @return the output keying material OKM
     */
    public static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF length " + length);
        }
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(prk, HMAC));
        byte[] okm = new byte[length];
        byte[] t = new byte[0];
        for (int i = 1, off = 0; off < length; i++) {
            mac.update(t);
            mac.update(info);
            mac.update((byte) i);
            t = mac.doFinal();
            int n = Math.min(t.length, length - off);
            System.arraycopy(t, 0, okm, off, n);
            off += n;
        }
        Arrays.fill(t, (byte) 0);
        return okm;
    }
}

package org.rmcp.content.internal;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA-256, RFC 5869 (extract, then expand), on the JCA; the content key schedule of {@link org.rmcp.content.ContentSuite}. */
final class Hkdf {
    private static final String HMAC = "HmacSHA256";
    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /** @return PRK = HMAC(zero salt, ikm) */
    static byte[] extract(byte[] ikm) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(new byte[HASH_LENGTH], HMAC));
        return mac.doFinal(ikm);
    }

    /** @return {@code length} bytes of OKM, at most 255 × 32 */
    static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
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

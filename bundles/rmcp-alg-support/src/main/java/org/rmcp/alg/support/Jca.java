package org.rmcp.alg.support;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Cipher;
import javax.crypto.Mac;

/**
 * JCA engines, new or one per calling thread. A per-thread value is a JDK object only (no class
 * of the calling bundle), so a thread outliving the bundle pins nothing of it.
 */
public final class Jca {
    private Jca() {
    }

    /** @throws IllegalStateException if the JCA lacks the transformation */
    public static Cipher newCipher(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation + " is not available from the JCA", e);
        }
    }

    /** @throws IllegalStateException if the JCA lacks the algorithm */
    public static Mac newMac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JCA lacks " + algorithm, e);
        }
    }

    /** @throws IllegalStateException if the JCA lacks the algorithm */
    public static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JCA lacks " + algorithm, e);
        }
    }

    /** @return one {@link Cipher} per calling thread, made on first use */
    public static ThreadLocal<Cipher> perThreadCipher(String transformation) {
        return ThreadLocal.withInitial(() -> newCipher(transformation));
    }

    /** @return one {@link Mac} per calling thread, made on first use */
    public static ThreadLocal<Mac> perThreadMac(String algorithm) {
        return ThreadLocal.withInitial(() -> newMac(algorithm));
    }

    /** @return one {@link MessageDigest} per calling thread, made on first use */
    public static ThreadLocal<MessageDigest> perThreadDigest(String algorithm) {
        return ThreadLocal.withInitial(() -> newDigest(algorithm));
    }
}

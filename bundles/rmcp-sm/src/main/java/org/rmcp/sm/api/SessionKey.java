package org.rmcp.sm.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One generation of the session key Ks (X.603.1 Amd.1 10.1.2.1). Immutable; {@link #key()}
 * returns a copy and {@link #toString()} never shows key bytes.
 *
 * @since 1.0
 */
public final class SessionKey {
    private final long epoch;
    private final byte[] key;

    /**
     * @param epoch the generation, 1 for the key made at bootstrap, +1 per update or rotation
     * @param key the key bytes (copied)
     */
    public SessionKey(long epoch, byte[] key) {
        if (epoch < 1 || key.length == 0) {
            throw new IllegalArgumentException("Ks needs an epoch >= 1 and key bytes");
        }
        this.epoch = epoch;
        this.key = key.clone();
    }

    /** @return the generation counter */
    public long epoch() {
        return epoch;
    }

    /** @return a copy of the key bytes */
    public byte[] key() {
        return key.clone();
    }

    /** @return the key length in bytes */
    public int length() {
        return key.length;
    }

    /** @return the first 8 hex digits of SHA-256 over the key: safe to print */
    public String fingerprint() {
        return fingerprint(key);
    }

    /** @return the first 8 hex digits of SHA-256 over {@code bytes} */
    public static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** @return the first 8 hex digits of SHA-256 over the UTF-8 bytes of {@code text} */
    public static String fingerprint(String text) {
        return fingerprint(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Shows epoch, length and fingerprint only. */
    @Override
    public String toString() {
        return "Ks[epoch=" + epoch + ", " + key.length + " bytes, fp=" + fingerprint() + "]";
    }
}

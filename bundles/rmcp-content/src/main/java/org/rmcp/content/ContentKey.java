package org.rmcp.content;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.security.auth.Destroyable;

/**
 * One generation of the content key Kc (X.603.1 Amd.1 10.2.1.2) with the KEY_EPOCH that names it
 * in DATA messages (10.2.7). {@link #toString()} shows the epoch and a fingerprint, never the key.
 * A {@link ContentKeys} ring destroys (zeroes) the keys it evicts.
 *
 * <p>Thread-safe.
 *
 * @since 1.0
 */
public final class ContentKey implements Destroyable {
    /** Shortest Kc accepted, in bytes. */
    public static final int MIN_LENGTH = 16;
    /** Longest Kc accepted, in bytes: KEY_MATERIAL's key data limit (docs/spec-notes.md 1). */
    public static final int MAX_LENGTH = 2048;
    /** Largest KEY_EPOCH (32 bits unsigned). */
    public static final long MAX_EPOCH = 0xFFFF_FFFFL;
    private static final byte[] FINGERPRINT_LABEL = "rmcp2 kc fingerprint".getBytes(StandardCharsets.US_ASCII);

    private final long epoch;
    private final byte[] key;
    private final String fingerprint;
    private volatile boolean destroyed;

    /**
     * @param epoch KEY_EPOCH, 0 to 2^32-1
     * @param kc the raw Kc, 16 to 2048 bytes (copied)
     * @throws IllegalArgumentException if either is out of range
     */
    public ContentKey(long epoch, byte[] kc) {
        if (epoch < 0 || epoch > MAX_EPOCH) {
            throw new IllegalArgumentException("KEY_EPOCH " + epoch + " outside 0-" + MAX_EPOCH);
        }
        if (kc == null || kc.length < MIN_LENGTH || kc.length > MAX_LENGTH) {
            throw new IllegalArgumentException("Kc of " + (kc == null ? "no" : kc.length) + " bytes, "
                    + MIN_LENGTH + "-" + MAX_LENGTH + " needed");
        }
        this.epoch = epoch;
        this.key = kc.clone();
        this.fingerprint = fingerprint(key);
    }

    /** @return KEY_EPOCH */
    public long epoch() {
        return epoch;
    }

    /** @return the key length in bytes */
    public int length() {
        return key.length;
    }

    /**
     * @return a copy of the raw Kc, which the caller wipes after use (e.g. after re-wrapping it
     *     under Kg for the RMAs, 10.2.1.2)
     * @throws IllegalStateException once destroyed
     */
    public byte[] bytes() {
        byte[] copy = key.clone();
        if (destroyed) {
            Arrays.fill(copy, (byte) 0);
            throw new IllegalStateException("Kc of epoch " + epoch + " was destroyed");
        }
        return copy;
    }

    /** @return the first 8 bytes of SHA-256("rmcp2 kc fingerprint" || Kc) in hex: safe to log */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return whether {@code kc} is this key's value (constant time) */
    public boolean matches(byte[] kc) {
        return !destroyed && MessageDigest.isEqual(key, kc);
    }

    /** Zeroes the key; {@link #bytes()} then fails. */
    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "ContentKey[epoch=" + epoch + ", fingerprint=" + fingerprint + (destroyed ? ", destroyed" : "") + "]";
    }

    private static String fingerprint(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FINGERPRINT_LABEL);
            return HexFormat.of().formatHex(sha.digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from the JCA", e);
        }
    }
}

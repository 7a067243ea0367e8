package org.rmcp.alg.support.cipher;

import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key a symmetric EN_DEC_ID algorithm (X.603.1 Amd.1 Table 16) takes: a JCA key algorithm and
 * an exact length. Makes, wraps and checks keys; raw copies are wiped as soon as they are used.
 */
public final class SecretKeyFormat {
    /** The key object each thread checked last: keys are immutable, so it need not be checked again. */
    private final ThreadLocal<Key> lastChecked = new ThreadLocal<>();
    private final String owner;
    private final String algorithm;
    private final int length;

    /**
     * @param owner the algorithm's human name, for error messages
     * @param algorithm the JCA key algorithm, e.g. {@code AES}
     * @param length the key length in bytes
     */
    public SecretKeyFormat(String owner, String algorithm, int length) {
        this.owner = owner;
        this.algorithm = algorithm;
        this.length = length;
    }

    /** @return the key length in bytes */
    public int length() {
        return length;
    }

    /** @return a fresh random key; the raw bytes drawn are wiped */
    public Key generate(SecureRandom random) {
        byte[] raw = new byte[length];
        random.nextBytes(raw);
        Key key = new SecretKeySpec(raw, algorithm);
        Arrays.fill(raw, (byte) 0);
        return key;
    }

    /** @throws InvalidKeyException if {@code raw} is null or not exactly {@link #length()} bytes */
    public Key wrap(byte[] raw) throws InvalidKeyException {
        if (raw == null || raw.length != length) {
            throw new InvalidKeyException(owner + " needs a " + length + "-byte key");
        }
        return new SecretKeySpec(raw, algorithm);
    }

    /**
     * @return {@code key}, once it is known to be a key of this algorithm and length
     * @throws InvalidKeyException otherwise
     */
    public Key check(Key key) throws InvalidKeyException {
        if (key != null && key == lastChecked.get()) {
            return key; // the same key object as this thread's last message: already checked
        }
        Arrays.fill(encoded(key), (byte) 0);
        lastChecked.set(key);
        return key;
    }

    /**
     * @return a copy of the raw bytes of {@code key}, which the caller wipes after use
     * @throws InvalidKeyException unless {@code key} is of this algorithm and length
     */
    public byte[] encoded(Key key) throws InvalidKeyException {
        byte[] raw = key == null ? null : key.getEncoded();
        if (raw == null || raw.length != length || !algorithm.equalsIgnoreCase(key.getAlgorithm())) {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
            throw new InvalidKeyException(owner + " needs a " + length + "-byte " + algorithm + " key");
        }
        return raw;
    }
}

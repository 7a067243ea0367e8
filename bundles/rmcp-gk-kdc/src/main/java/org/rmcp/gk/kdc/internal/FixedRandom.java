package org.rmcp.gk.kdc.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A deterministic byte stream for {@link KdcMechanism#selfTest()} and tests only: block i is
 * SHA-256(seed || i). Never a source of real keys.
 */
final class FixedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final long seed;
    private long block;
    private final byte[] buffer = new byte[32];
    private int used = buffer.length;

    FixedRandom(long seed) {
        this.seed = seed;
    }

    @Override
    public synchronized void nextBytes(byte[] out) {
        for (int i = 0; i < out.length; i++) {
            if (used == buffer.length) {
                refill();
            }
            out[i] = buffer[used++];
        }
    }

    private void refill() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            System.arraycopy(sha.digest(ByteBuffer.allocate(16).putLong(seed).putLong(block++).array()), 0, buffer, 0, 32);
            used = 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "FixedRandom (self test only)";
    }
}

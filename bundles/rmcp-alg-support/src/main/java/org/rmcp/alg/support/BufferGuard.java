package org.rmcp.alg.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/**
 * Runs one encrypt or decrypt step between an input and an output buffer so that a failure leaves
 * both where they were (EncDecAlgorithm's contract: a failed call consumes and writes nothing), and,
 * where a step may have written plaintext before failing, wipes what it wrote.
 */
public final class BufferGuard {
    /** A step that moves the buffers and returns the bytes it wrote. */
    @FunctionalInterface
    public interface Step {
        int run() throws GeneralSecurityException;
    }

    private BufferGuard() {
    }

    /** Runs {@code step}; if it throws, puts both buffers back at their positions and rethrows. */
    public static int restoring(ByteBuffer in, ByteBuffer out, Step step) throws GeneralSecurityException {
        return guard(in, out, -1, step);
    }

    /**
     * As {@link #restoring}, but on failure also zeroes up to {@code length} bytes of {@code out}
     * from its starting position (a JCA decryption that unpads in place may have left plaintext there).
     */
    public static int wiping(ByteBuffer in, ByteBuffer out, int length, Step step) throws GeneralSecurityException {
        return guard(in, out, length, step);
    }

    /** Zeroes {@code out} from {@code from} for {@code length} bytes (up to its limit) and moves it back to {@code from}. */
    public static void wipe(ByteBuffer out, int from, int length) {
        if (out.isReadOnly()) {
            return;
        }
        int end = Math.min(out.limit(), from + length);
        for (int i = from; i < end; i++) {
            out.put(i, (byte) 0);
        }
        out.position(from);
    }

    private static int guard(ByteBuffer in, ByteBuffer out, int wipeLength, Step step) throws GeneralSecurityException {
        int inPos = in.position();
        int outPos = out.position();
        try {
            return step.run();
        } catch (GeneralSecurityException | RuntimeException e) {
            in.position(inPos);
            if (wipeLength < 0) {
                out.position(outPos);
            } else {
                wipe(out, outPos, wipeLength);
            }
            throw e;
        }
    }
}

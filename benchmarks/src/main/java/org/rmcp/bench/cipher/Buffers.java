package org.rmcp.bench.cipher;

import java.nio.ByteBuffer;
import java.security.SecureRandom;

/** Buffers for the cipher benchmarks: {@code heap} or {@code direct}, plaintext filled at random. */
final class Buffers {
    static final SecureRandom RANDOM = new SecureRandom();

    private Buffers() {
    }

    static ByteBuffer allocate(String kind, int size) {
        return switch (kind) {
            case "heap" -> ByteBuffer.allocate(size);
            case "direct" -> ByteBuffer.allocateDirect(size);
            default -> throw new IllegalArgumentException("buffer must be heap or direct, not " + kind);
        };
    }

    static ByteBuffer plaintext(String kind, int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return allocate(kind, size).put(bytes).flip();
    }
}

package org.rmcp.sm.internal.state;

/** Source of key bytes, injected so tests can be deterministic ({@code SecureRandom::nextBytes} in production). */
@FunctionalInterface
public interface RandomBytes {
    /** Fills {@code bytes} with random values. */
    void nextBytes(byte[] bytes);
}

package org.rmcp.content;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the content bytes that went through a cipher under Kc on one node: plaintext sealed and
 * plaintext opened. It is the instrumentation hook for "a relaying DMA never holds content
 * decrypted under Kc" (X.603.1 Amd.1 10.2.7): a node passes one meter to its {@link Relay} and to
 * every {@link ContentSealer} and {@link ContentOpener} it makes, and on a DMA that only relays
 * {@link #cipherBytes()} stays 0 ({@link Relay.Stats#cipherBytes()} reports it).
 *
 * <p>Thread-safe.
 *
 * @since 1.0
 */
public final class ContentMeter {
    private final LongAdder sealed = new LongAdder();
    private final LongAdder opened = new LongAdder();

    /** Records plaintext bytes sealed. */
    public void addSealed(long bytes) {
        sealed.add(bytes);
    }

    /** Records plaintext bytes opened (decrypted and authenticated). */
    public void addOpened(long bytes) {
        opened.add(bytes);
    }

    /** @return plaintext bytes sealed so far */
    public long sealedBytes() {
        return sealed.sum();
    }

    /** @return plaintext bytes opened so far */
    public long openedBytes() {
        return opened.sum();
    }

    /** @return every byte that went through a cipher: sealed plus opened */
    public long cipherBytes() {
        return sealed.sum() + opened.sum();
    }

    @Override
    public String toString() {
        return "ContentMeter[sealed=" + sealedBytes() + ", opened=" + openedBytes() + "]";
    }
}

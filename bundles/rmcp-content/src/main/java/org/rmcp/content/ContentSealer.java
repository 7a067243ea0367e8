package org.rmcp.content;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.security.GeneralSecurityException;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;
import org.rmcp.codec.Data;
import org.rmcp.codec.Maid;
import org.rmcp.content.internal.DefaultContentSealer;

/**
 * The SMA's side of content protection (X.603.1 Amd.1 10.2.7, Figure 104): encrypts application
 * bytes once under the current Kc into DATA messages ({@link Data}, NT = SMA) that the tree relays
 * unchanged. Each Kc generation has a KEY_EPOCH; {@link #rekey} moves to the next (10.2.1.2) and
 * restarts SEQ_NO at 0. Protection as {@link ContentSuite} documents.
 *
 * <p>The payload of each DATA is one buffer from the allocator, of its preferred kind: Netty's
 * default pooled allocator gives direct buffers, which a socket write sends without a further
 * copy (JDK 17's AES-GCM encrypts into a heap buffer about 15% faster, but the transport then
 * copies it once more). The caller owns the returned {@link Data} and releases it, e.g. by
 * writing it. Not thread-safe: one sealer per session, confined to one thread.
 *
 * @since 1.0
 */
@ProviderType
public interface ContentSealer {
    /** Most DATA messages sealed under one Kc (SP 800-38D 8.3 for random 96-bit nonces). */
    long MAX_MESSAGES_PER_EPOCH = 1L << 32;

    /**
     * @param suite content cipher and, for a non-AEAD cipher, MAC
     * @param sessionId the session's Session ID
     * @param smaMaid this SMA's MAID
     * @param alloc where payload buffers come from
     * @param meter counts the sealed bytes
     * @return a sealer without a key: {@link #rekey} first
     */
    static ContentSealer create(ContentSuite suite, long sessionId, Maid smaMaid, ByteBufAllocator alloc,
            ContentMeter meter) {
        return new DefaultContentSealer(suite, sessionId, smaMaid, alloc, meter);
    }

    /** As {@link #create(ContentSuite, long, Maid, ByteBufAllocator, ContentMeter)} with Netty's pooled allocator and a new meter. */
    static ContentSealer create(ContentSuite suite, long sessionId, Maid smaMaid) {
        return create(suite, sessionId, smaMaid, PooledByteBufAllocator.DEFAULT, new ContentMeter());
    }

    /**
     * Moves to a new Kc. SEQ_NO restarts at 0.
     *
     * @param epoch KEY_EPOCH, newer than the current one
     * @param kc the raw Kc, at least 16 bytes (not kept; the caller wipes it)
     * @throws IllegalArgumentException if the epoch is not newer or out of range, or the key length is
     * @throws GeneralSecurityException if the cipher refuses the derived key
     */
    void rekey(long epoch, byte[] kc) throws GeneralSecurityException;

    /**
     * Seals all readable bytes of {@code plaintext} into one DATA message, advancing its reader index.
     *
     * @param plaintext at most {@link #maxPlaintextLength()} bytes; not released
     * @return the message, owned by the caller
     * @throws IllegalStateException before the first {@link #rekey}, or after
     *     {@link #MAX_MESSAGES_PER_EPOCH} messages under one Kc
     * @throws IllegalArgumentException if {@code plaintext} is too long
     */
    Data seal(ByteBuf plaintext);

    /**
     * Splits the readable bytes of {@code plaintext} into chunks of {@code chunkSize} (the last may
     * be shorter) and hands each sealed DATA message to {@code sink}, which owns it.
     *
     * @param chunkSize plaintext bytes per message, 1 to {@link #maxPlaintextLength()}
     */
    void sealAll(ByteBuf plaintext, int chunkSize, Consumer<? super Data> sink);

    /** As {@link #sealAll(ByteBuf, int, Consumer)} with the largest chunks. */
    default void sealAll(ByteBuf plaintext, Consumer<? super Data> sink) {
        sealAll(plaintext, maxPlaintextLength(), sink);
    }

    /** @return the largest plaintext one DATA message carries */
    int maxPlaintextLength();

    /** @return the current KEY_EPOCH, empty before the first {@link #rekey} */
    OptionalLong epoch();

    /** @return the SEQ_NO the next message gets */
    long nextSeqNo();
}

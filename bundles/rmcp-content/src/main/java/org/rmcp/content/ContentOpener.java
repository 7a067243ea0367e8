package org.rmcp.content;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.OptionalLong;
import org.osgi.annotation.versioning.ProviderType;
import org.rmcp.codec.Data;
import org.rmcp.codec.Maid;
import org.rmcp.content.internal.DefaultContentOpener;

/**
 * An RMA's side of content protection (X.603.1 Amd.1 10.2.7): opens DATA messages with the Kc of
 * their KEY_EPOCH from a {@link ContentKeys} ring (10.2.1.2). In order: SESSION_ID and MAID must be
 * the session's and its SMA's; KEY_EPOCH must be held; SEQ_NO must be above the highest opened in
 * that epoch (strictly increasing; gaps, e.g. frames a relay dropped, are fine); then the payload
 * must authenticate ({@link ContentSuite}). A SEQ_NO is recorded only once its message has
 * authenticated, so a forged one cannot block genuine messages. Every refusal is a
 * {@link ContentException} naming the field; nothing else is thrown for bad input.
 *
 * <p>Thread-safe (messages are opened one at a time).
 *
 * @since 1.0
 */
@ProviderType
public interface ContentOpener {
    /**
     * @param suite content cipher and, for a non-AEAD cipher, MAC
     * @param keys the Kc ring, filled from KEYDELIVER as keys arrive
     * @param sessionId the session's Session ID
     * @param smaMaid the session's SMA
     * @param alloc where plaintext buffers come from
     * @param meter counts the opened bytes
     * @return the opener
     */
    static ContentOpener create(ContentSuite suite, ContentKeys keys, long sessionId, Maid smaMaid,
            ByteBufAllocator alloc, ContentMeter meter) {
        return new DefaultContentOpener(suite, keys, sessionId, smaMaid, alloc, meter);
    }

    /** As {@link #create(ContentSuite, ContentKeys, long, Maid, ByteBufAllocator, ContentMeter)} with Netty's pooled allocator and a new meter. */
    static ContentOpener create(ContentSuite suite, ContentKeys keys, long sessionId, Maid smaMaid) {
        return create(suite, keys, sessionId, smaMaid, PooledByteBufAllocator.DEFAULT, new ContentMeter());
    }

    /**
     * Authenticates and decrypts one DATA message.
     *
     * @param data the message; still the caller's to release
     * @return the plaintext, owned by the caller
     * @throws ContentException naming the field at fault
     */
    ByteBuf open(Data data) throws ContentException;

    /** @return the highest SEQ_NO opened in that epoch, empty if none */
    OptionalLong highestSeqNo(long epoch);
}

package org.rmcp.content;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInboundHandler;
import java.util.List;
import java.util.OptionalLong;
import org.osgi.annotation.versioning.ProviderType;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.content.internal.DefaultRelay;

/**
 * A DMA's content relay (X.603.1 Amd.1 10.2.7, Figure 104: DMAs pass content encrypted under Kc
 * down the tree without decrypting it). {@link #newParentHandler()} goes into the parent channel's
 * pipeline <em>in place of</em> an {@link org.rmcp.codec.netty.RmcpFrameDecoder}: it frames and
 * decodes every message the same way (so a malformed DATA fails as there), writes each DATA
 * message of the session to every child as a retained duplicate of the very frame it arrived in,
 * and passes every other message on, decoded. So no payload byte is copied, changed or decrypted
 * on the way and every child receives the bytes the parent sent; NT stays the SMA's (our choice:
 * docs/spec-notes.md 2.5 allows NT = SMA or the relaying DMA, and rewriting it would cost a
 * second buffer per frame or writing into the received one). A {@link org.rmcp.codec.Data}
 * decoded further up the pipeline is relayed too, as a 32-byte head encoded once and shared plus
 * its payload as a retained duplicate. DATA of another session is dropped and counted. Children
 * are flushed when the parent's read burst completes.
 *
 * <p><b>Back-pressure</b> (our choice): the relay never waits for a child. A child channel that is
 * not {@link Channel#isWritable() writable}, even after its unflushed frames are flushed, gets no
 * new frames until it is; those frames are dropped (whole frames, so its stream stays well
 * framed) and counted per child. What a child buffers is thus bounded by its channel's
 * write-buffer high water mark ({@code ChannelOption.WRITE_BUFFER_WATER_MARK}, Netty's default
 * 64 KiB) plus one frame. The receiver sees a gap in SEQ_NO, which {@link ContentOpener} accepts;
 * whether to drop such a child from the tree is session logic.
 *
 * <p>Thread-safe: children may be added and removed from any thread; a closed child is removed by
 * itself. Children on the parent's event loop are written directly, others through their own.
 *
 * @since 1.0
 */
@ProviderType
public interface Relay {
    /**
     * @param sessionId the session whose DATA is relayed
     * @param meter the node's content meter, reported as {@link Stats#cipherBytes()}; the relay
     *     itself never adds to it
     * @param codec decodes the parent's messages (its maximum message length bounds a frame)
     * @return a relay without children
     */
    static Relay create(long sessionId, ContentMeter meter, RmcpCodec codec) {
        return new DefaultRelay(sessionId, meter, codec);
    }

    /** As {@link #create(long, ContentMeter, RmcpCodec)} with {@link RmcpCodec#DEFAULT}. */
    static Relay create(long sessionId, ContentMeter meter) {
        return create(sessionId, meter, RmcpCodec.DEFAULT);
    }

    /**
     * @return a new handler for the current parent channel's pipeline, in place of its frame
     *     decoder; not sharable, so one per parent channel (a DMA's parent changes when the tree
     *     is repaired); the relay should have one parent at a time
     */
    ChannelInboundHandler newParentHandler();

    /** @return {@code true} if added, {@code false} if already a child */
    boolean addChild(Channel child);

    /** @return {@code true} if removed, {@code false} if not a child */
    boolean removeChild(Channel child);

    /** @return the current children */
    List<Channel> children();

    /** @return frames dropped for that child because it was not writable, empty if not a child */
    OptionalLong droppedFrames(Channel child);

    /** @return counters since creation */
    Stats stats();

    /**
     * Relay counters.
     *
     * @param framesIn DATA messages received from the parent
     * @param framesForwarded frames written to children (one per child per frame)
     * @param bytesForwarded bytes written to children, heads included
     * @param framesDropped frames not written to a child that was not writable
     * @param framesRejected DATA messages of another session, not relayed
     * @param cipherBytes bytes that went through a cipher under Kc on this node, per the meter: 0 on
     *     a DMA that only relays
     * @param children current children
     * @since 1.0
     */
    record Stats(long framesIn, long framesForwarded, long bytesForwarded, long framesDropped, long framesRejected,
            long cipherBytes, int children) {
    }
}

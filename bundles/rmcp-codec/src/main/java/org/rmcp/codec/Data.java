package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCounted;
import java.util.List;

/**
 * The data message carrying content encrypted under Kc from the SMA to the RMAs; intermediate
 * DMAs relay it without decrypting (X.603.1 Amd.1 10.2.7, Figure 104). Our layout
 * (docs/spec-notes.md): header | KEY_EPOCH (32) | SEQ_NO (64) | PAYLOAD. KEY_EPOCH names the Kc
 * generation (Kc is updated by the SMA, 10.2.1.2) and SEQ_NO counts messages within it, so the
 * 96 bits are unique per Kc and can serve as an AEAD nonce.
 *
 * <p>Decoding does not copy the payload: it is a retained slice of the decoded buffer. This
 * message therefore holds one reference, which {@link #release()} gives back; the payload
 * accessor returns a duplicate sharing that reference.
 *
 * @param nodeType NT: the SMA, or a DMA relaying
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID of the SMA (the content's origin)
 * @param keyEpoch KEY_EPOCH, the Kc generation, 0 to 2^32-1
 * @param seqNo SEQ_NO, unsigned 64-bit sequence number within the epoch
 * @param payload the content bytes (ciphertext and tag, in the cipher's format); ownership passes to this message
 * @since 1.0
 */
public record Data(NodeType nodeType, long sessionId, Maid maid, long keyEpoch, long seqNo, ByteBuf payload)
        implements RmcpMessage, ReferenceCounted {
    /** Bytes before the payload: header, KEY_EPOCH, SEQ_NO. */
    public static final int PAYLOAD_OFFSET = HEADER_LENGTH + 12;
    /** Largest payload the 16-bit Length allows. */
    public static final int MAX_PAYLOAD = MAX_LENGTH - PAYLOAD_OFFSET;

    /** Checks the issuer, the epoch range and the payload size. */
    public Data {
        Checks.header(MessageType.DATA, nodeType, maid);
        Checks.range("KEY_EPOCH", keyEpoch, 0, 0xFFFFFFFFL);
        Checks.range("PAYLOAD length", Checks.present("PAYLOAD", payload).readableBytes(), 0, MAX_PAYLOAD);
    }

    @Override
    public MessageType messageType() {
        return MessageType.DATA;
    }

    @Override
    public List<Control> controls() {
        return List.of();
    }

    @Override
    public int length() {
        return PAYLOAD_OFFSET + payload.readableBytes();
    }

    /** @return the payload as a duplicate: own indices, shared content and reference count */
    @Override
    public ByteBuf payload() {
        return payload.duplicate();
    }

    void encodeBody(ByteBuf out) {
        out.writeInt((int) keyEpoch).writeLong(seqNo);
        out.writeBytes(payload, payload.readerIndex(), payload.readableBytes());
    }

    static Data decode(Header h, WireReader r) {
        long epoch = r.u32("KEY_EPOCH");
        long seq = r.u64("SEQ_NO");
        return new Data(h.nodeType(), h.sessionId(), h.maid(), epoch, seq, r.retainedSlice("PAYLOAD", r.remaining()));
    }

    @Override
    public String toString() {
        return "Data[nodeType=" + nodeType + ", sessionId=" + Long.toHexString(sessionId) + ", maid=" + maid
                + ", keyEpoch=" + keyEpoch + ", seqNo=" + Long.toUnsignedString(seqNo) + ", payload="
                + payload.readableBytes() + " bytes]";
    }

    @Override
    public int refCnt() {
        return payload.refCnt();
    }

    @Override
    public Data retain() {
        payload.retain();
        return this;
    }

    @Override
    public Data retain(int increment) {
        payload.retain(increment);
        return this;
    }

    @Override
    public Data touch() {
        payload.touch();
        return this;
    }

    @Override
    public Data touch(Object hint) {
        payload.touch(hint);
        return this;
    }

    @Override
    public boolean release() {
        return payload.release();
    }

    @Override
    public boolean release(int decrement) {
        return payload.release(decrement);
    }
}

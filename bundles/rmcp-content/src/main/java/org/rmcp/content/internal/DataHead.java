package org.rmcp.content.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.rmcp.codec.Data;
import org.rmcp.codec.MessageType;
import org.rmcp.codec.RmcpMessage;

/**
 * The 32 bytes of a DATA message before its payload (docs/spec-notes.md 2.5: {@code Ver|NT |
 * 0x16 | Length | SESSION_ID | MAID | KEY_EPOCH | SEQ_NO}), for relaying a {@link Data} that was
 * decoded upstream: the payload then follows as a separate, shared buffer.
 */
final class DataHead {
    static final int LENGTH = Data.PAYLOAD_OFFSET;

    private DataHead() {
    }

    /** @return a new direct buffer holding the head as the message was received; the caller releases it */
    static ByteBuf encode(Data d, ByteBufAllocator alloc) {
        ByteBuf head = alloc.directBuffer(LENGTH, LENGTH);
        head.writeByte(RmcpMessage.VERSION << 4 | d.nodeType().code()).writeByte(MessageType.DATA.code())
                .writeShort(d.length()).writeLong(d.sessionId()).writeLong(d.maid().value())
                .writeInt((int) d.keyEpoch()).writeLong(d.seqNo());
        return head;
    }
}

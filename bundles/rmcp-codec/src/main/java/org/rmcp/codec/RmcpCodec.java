package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * Decodes and encodes one RMCP-2 message body, independent of the transport (TCP frame, UDP
 * datagram, or the plaintext inside a protected message), X.603.1 Amd.1 clause 11.
 *
 * <p>Decoding checks, before each read, that the field lies inside the message: Ver 0x4, NT
 * (Table 12) allowed for the message, Message type (Table 13), Length between 0x14 and the
 * configured maximum and equal to the bytes given, every control's type, Length, codes and
 * reserved bytes. Any failure is one {@link RmcpProtocolException}. Encoding sizes the message
 * first, allocates once and releases the buffer if writing fails.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 1.0
 */
public final class RmcpCodec {
    /** Default largest SERV_USER_ID. Our choice (docs/spec-notes.md). */
    public static final int DEFAULT_MAX_SERV_USER_ID_LENGTH = 256;
    /** A codec accepting any message the 16-bit Length can describe. */
    public static final RmcpCodec DEFAULT = new RmcpCodec(RmcpMessage.MAX_LENGTH, DEFAULT_MAX_SERV_USER_ID_LENGTH);

    private final int maxMessageLength;
    private final int maxServUserIdLength;

    private RmcpCodec(int maxMessageLength, int maxServUserIdLength) {
        this.maxMessageLength = Checks.range("maxMessageLength", maxMessageLength, RmcpMessage.HEADER_LENGTH,
                RmcpMessage.MAX_LENGTH);
        this.maxServUserIdLength = Checks.range("maxServUserIdLength", maxServUserIdLength, 1,
                RmcpMessage.MAX_LENGTH - RmcpMessage.HEADER_LENGTH - 4);
    }

    /**
     * @param maxMessageLength largest message (Length) accepted or produced, 0x14-0xFFFF
     * @param maxServUserIdLength largest SERV_USER_ID accepted
     * @return a codec with these limits
     */
    public static RmcpCodec withLimits(int maxMessageLength, int maxServUserIdLength) {
        return new RmcpCodec(maxMessageLength, maxServUserIdLength);
    }

    /** @return the largest Length accepted or produced */
    public int maxMessageLength() {
        return maxMessageLength;
    }

    /** @return the largest SERV_USER_ID accepted */
    public int maxServUserIdLength() {
        return maxServUserIdLength;
    }

    /**
     * Decodes exactly one message: the readable bytes of {@code in} must be the message, no more,
     * no less. Reads {@code in} to its end. A {@link Data} message keeps a retained slice of
     * {@code in} as payload; the caller still releases {@code in}.
     *
     * @throws RmcpProtocolException if the bytes break the format
     */
    public RmcpMessage decode(ByteBuf in) {
        WireReader r = new WireReader(in, this);
        int b0 = r.u8("Ver");
        if (b0 >>> 4 != RmcpMessage.VERSION) {
            throw r.fail(Reason.BAD_CODE, "Ver", 0, String.format("0x%x, shall be 0x4", b0 >>> 4));
        }
        NodeType nt;
        try {
            nt = NodeType.fromCode(b0 & 0x0F);
        } catch (RmcpProtocolException e) {
            throw e.at("?", "NT", 0, "X.603.1 Amd.1 Table 12");
        }
        MessageType type = r.code("Message type", MessageType::fromCode);
        r.message(type.name(), type.clause(), in.readableBytes() + 2);
        int len = r.u16("Length");
        if (len > maxMessageLength) {
            throw r.fail(Reason.TOO_LONG, "Length", 2, len + " > maximum " + maxMessageLength);
        }
        if (len < RmcpMessage.HEADER_LENGTH || len < in.readableBytes() + 4) {
            throw r.fail(Reason.BAD_LENGTH, "Length", 2, String.format("0x%04x but %d bytes present", len,
                    in.readableBytes() + 4));
        }
        if (len > in.readableBytes() + 4) {
            throw r.fail(Reason.TRUNCATED, "Length", 2, String.format("0x%04x but %d bytes present", len,
                    in.readableBytes() + 4));
        }
        r.message(type.name(), type.clause(), len);
        if (!type.issuers().contains(nt)) {
            throw r.fail(Reason.NOT_ALLOWED, "NT", 0, nt + " may not issue " + type);
        }
        Header h = new Header(nt, type, len, r.u64("Session ID"), r.maid("MAID"));
        return MessageDecoder.decode(h, r);
    }

    /** Decodes exactly one message from {@code bytes} (a {@link Data} payload is a view of them). */
    public RmcpMessage decode(byte[] bytes) {
        ByteBuf in = Unpooled.wrappedBuffer(bytes);
        try {
            return decode(in);
        } finally {
            in.release();
        }
    }

    /**
     * Sizes the message, allocates one buffer of exactly that size from {@code alloc} and writes
     * the message; the buffer is released if writing fails.
     *
     * @return the encoded message; the caller owns it
     * @throws IllegalArgumentException if the message is larger than {@link #maxMessageLength()}
     */
    public ByteBuf encode(RmcpMessage message, ByteBufAllocator alloc) {
        int len = checkedLength(message);
        ByteBuf out = alloc.buffer(len, len);
        boolean done = false;
        try {
            write(message, len, out);
            done = true;
            return out;
        } finally {
            if (!done) {
                out.release();
            }
        }
    }

    /** Writes the message to {@code out} (which grows as needed). */
    public void encode(RmcpMessage message, ByteBuf out) {
        write(message, checkedLength(message), out);
    }

    /** @return the encoded message as a new array */
    public byte[] encodeToBytes(RmcpMessage message) {
        int len = checkedLength(message);
        ByteBuf out = Unpooled.wrappedBuffer(new byte[len]).clear();
        write(message, len, out);
        return out.array();
    }

    private int checkedLength(RmcpMessage message) {
        int len = message.length();
        if (len > maxMessageLength) {
            throw new IllegalArgumentException(message.messageType() + " of " + len + " bytes exceeds maximum "
                    + maxMessageLength);
        }
        return len;
    }

    private static void write(RmcpMessage m, int len, ByteBuf out) {
        int start = out.writerIndex();
        out.writeByte(RmcpMessage.VERSION << 4 | m.nodeType().code()).writeByte(m.messageType().code())
                .writeShort(len).writeLong(m.sessionId()).writeLong(m.maid().value());
        if (m instanceof Data) {
            ((Data) m).encodeBody(out);
        } else if (m instanceof SecModule) {
            ((SecModule) m).encodeBody(out);
        } else {
            for (Control c : m.controls()) {
                c.encode(out);
            }
        }
        if (out.writerIndex() - start != len) {
            throw new IllegalStateException(m.messageType() + " wrote " + (out.writerIndex() - start)
                    + " bytes, sized " + len);
        }
    }
}

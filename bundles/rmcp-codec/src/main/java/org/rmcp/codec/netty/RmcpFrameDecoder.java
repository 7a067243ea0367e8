package org.rmcp.codec.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.ByteOrder;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.RmcpProtocolException;

/**
 * Splits a TCP byte stream into RMCP-2 messages by the header's Length (offset 2, 16 bits,
 * counting the whole message; X.603.1 Amd.1 11.1) and decodes each with {@link RmcpCodec}.
 *
 * <p>A Length above {@link RmcpCodec#maxMessageLength()} fails fast with
 * {@link TooLongFrameException} as soon as the Length is read, and the frame's bytes are
 * discarded as they arrive, never buffered. A Length below 0x14 fails with
 * {@link RmcpProtocolException} and discards what is buffered (the stream cannot be resynchronised:
 * close the channel). A frame whose content is bad fails with {@link RmcpProtocolException}
 * (wrapped in a {@code DecoderException} by Netty) and is skipped.
 *
 * <p>Not sharable: one instance per channel.
 *
 * @since 1.0
 */
public class RmcpFrameDecoder extends LengthFieldBasedFrameDecoder {
    private static final int LENGTH_OFFSET = 2;
    private static final int LENGTH_SIZE = 2;
    private final RmcpCodec codec;

    /** @param codec the codec; its maximum message length is the maximum frame length */
    public RmcpFrameDecoder(RmcpCodec codec) {
        // Length counts the whole message, so adjust by -(offset + size) to get the frame end
        super(ByteOrder.BIG_ENDIAN, codec.maxMessageLength(), LENGTH_OFFSET, LENGTH_SIZE,
                -(LENGTH_OFFSET + LENGTH_SIZE), 0, true);
        this.codec = codec;
    }

    @Override
    protected long getUnadjustedFrameLength(ByteBuf buf, int offset, int length, ByteOrder order) {
        long len = super.getUnadjustedFrameLength(buf, offset, length, order);
        if (len < RmcpMessage.HEADER_LENGTH) {
            buf.skipBytes(buf.readableBytes());
            throw new RmcpProtocolException("?", "Length", LENGTH_OFFSET, "X.603.1 Amd.1 11.1",
                    RmcpProtocolException.Reason.BAD_LENGTH, String.format("0x%04x, below the 0x14-byte header", len));
        }
        return len;
    }

    @Override
    protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
        ByteBuf frame = (ByteBuf) super.decode(ctx, in);
        if (frame == null) {
            return null;
        }
        try {
            return codec.decode(frame);
        } finally {
            frame.release();
        }
    }
}

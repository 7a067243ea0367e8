package org.rmcp.content.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.nio.ByteOrder;
import org.rmcp.codec.Data;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.RmcpProtocolException;

/**
 * The parent-side handler of a DMA's relay (X.603.1 Amd.1 10.2.7, Figure 104). Frames the byte
 * stream by the header's Length (11.1) and decodes every message with the codec, as
 * {@code RmcpFrameDecoder} does; a DATA message is handed to {@link DefaultRelay#forward} together
 * with the frame it came in, whose bytes go to the children unchanged; every other message is
 * passed on decoded. A {@link Data} decoded upstream is relayed too. Children are flushed when a
 * read burst completes. Holds no key and no cipher. Not sharable: one per parent channel.
 */
final class RelayHandler extends LengthFieldBasedFrameDecoder {
    private static final int LENGTH_OFFSET = 2;
    private static final int LENGTH_SIZE = 2;
    private final DefaultRelay relay;
    private final RmcpCodec codec;

    RelayHandler(DefaultRelay relay, RmcpCodec codec) {
        super(ByteOrder.BIG_ENDIAN, codec.maxMessageLength(), LENGTH_OFFSET, LENGTH_SIZE,
                -(LENGTH_OFFSET + LENGTH_SIZE), 0, true);
        this.relay = relay;
        this.codec = codec;
    }

    @Override
    protected long getUnadjustedFrameLength(ByteBuf buf, int offset, int length, ByteOrder order) {
        long len = super.getUnadjustedFrameLength(buf, offset, length, order);
        if (len < RmcpMessage.HEADER_LENGTH) { // cannot resynchronise: as RmcpFrameDecoder, drop what is buffered
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
            RmcpMessage m = codec.decode(frame.duplicate());
            if (m instanceof Data) { // our choice: the frame goes on unchanged, NT included (Relay javadoc)
                Data data = (Data) m;
                try {
                    relay.forward(data, frame);
                } finally {
                    data.release();
                }
                return null;
            }
            return m;
        } finally {
            frame.release();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof Data) {
            Data data = (Data) msg;
            try {
                relay.forward(data, ctx.alloc());
            } finally {
                data.release();
            }
        } else {
            super.channelRead(ctx, msg);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        relay.flushChildren();
        super.channelReadComplete(ctx);
    }
}

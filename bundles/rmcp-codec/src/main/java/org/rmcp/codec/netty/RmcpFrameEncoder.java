package org.rmcp.codec.netty;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;

/**
 * Encodes {@link RmcpMessage}s for a TCP control channel: each message becomes one buffer of
 * exactly its Length (X.603.1 Amd.1 11.1), sized before it is allocated. A reference-counted
 * message (a {@link org.rmcp.codec.Data}) is released after encoding, as Netty encoders do.
 *
 * <p>Sharable and thread-safe.
 *
 * @since 1.0
 */
@Sharable
public class RmcpFrameEncoder extends MessageToMessageEncoder<RmcpMessage> {
    private final RmcpCodec codec;

    /** @param codec the codec; messages above its maximum length are refused */
    public RmcpFrameEncoder(RmcpCodec codec) {
        super(RmcpMessage.class);
        this.codec = codec;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, RmcpMessage msg, List<Object> out) {
        out.add(codec.encode(msg, ctx.alloc()));
    }
}

package org.rmcp.transport.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.transport.MessageProtector;
import org.rmcp.transport.ProtectionException;

/**
 * Encodes and seals outbound messages under Ks or KTLS (X.603.1 Amd.1 10.2.6, Table 11), each
 * with the next sequence number of this direction from 0 (docs/spec-notes-transport.md).
 * Used on the channel's thread only.
 */
final class SealingEncoder extends MessageToMessageEncoder<RmcpMessage> {
    private final MessageProtector protector;
    private final RmcpCodec codec;
    private long next;

    SealingEncoder(MessageProtector protector, RmcpCodec codec) {
        super(RmcpMessage.class);
        this.protector = protector;
        this.codec = codec;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, RmcpMessage msg, List<Object> out) throws ProtectionException {
        if (next < 0) {
            throw new ProtectionException(ProtectionException.Reason.EXHAUSTED, "sequence numbers used up: rekey");
        }
        out.add(Unpooled.wrappedBuffer(protector.sealMessage(next++, codec.encodeToBytes(msg))));
    }
}

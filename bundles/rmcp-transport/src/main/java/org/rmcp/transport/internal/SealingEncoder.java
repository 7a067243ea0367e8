package org.rmcp.transport.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.transport.ProtectionException;

/**
 * Encodes and seals outbound messages under Ks or KTLS (X.603.1 Amd.1 10.2.6, Table 11), each
 * with the next sequence number of its protector from 0 (docs/spec-notes-transport.md); a message
 * type with no protector goes in clear. Used on the channel's thread only.
 */
final class SealingEncoder extends MessageToMessageEncoder<RmcpMessage> {
    private final ChannelKeys keys;
    private final RmcpCodec codec;

    SealingEncoder(ChannelKeys keys, RmcpCodec codec) {
        super(RmcpMessage.class);
        this.keys = keys;
        this.codec = codec;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, RmcpMessage msg, List<Object> out) throws ProtectionException {
        byte[] plain = codec.encodeToBytes(msg);
        ChannelKeys.Slot slot = keys.sending(plain[1] & 0xFF);
        if (slot == null) {
            out.add(Unpooled.wrappedBuffer(plain));
            return;
        }
        if (slot.next < 0) {
            throw new ProtectionException(ProtectionException.Reason.EXHAUSTED, "sequence numbers used up: rekey");
        }
        out.add(Unpooled.wrappedBuffer(slot.protector.sealMessage(slot.next++, plain)));
    }
}

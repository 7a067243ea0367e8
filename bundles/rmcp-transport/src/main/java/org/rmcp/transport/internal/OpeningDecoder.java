package org.rmcp.transport.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.nio.ByteOrder;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.RmcpProtocolException;
import org.rmcp.transport.MessageProtector;
import org.rmcp.transport.ProtectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames messages by their clear header's Length (X.603.1 Amd.1 11.1), opens each under the
 * protector {@link ChannelKeys} gives its message type (10.2.6; docs/spec-notes-transport.md)
 * against that protector's replay window, and decodes the plaintext. A message that fails to open
 * is dropped and logged; after {@code maxFailures} the channel closes. A bad Length or plaintext
 * that breaks the format fails with {@link RmcpProtocolException}, which closes the channel.
 */
final class OpeningDecoder extends LengthFieldBasedFrameDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(OpeningDecoder.class);
    /** Most bytes protection adds to a message: seq, IV or nonce, padding, tag (ours: at most 8 + 16 + 16 + 64). */
    static final int MAX_EXPANSION = 256;
    private static final int MIN_SEALED = RmcpMessage.HEADER_LENGTH + MessageProtector.SEQ_LENGTH;
    private final ChannelKeys keys;
    private final RmcpCodec codec;
    private final int maxFailures;
    private final String peer;
    private int failures;

    OpeningDecoder(ChannelKeys keys, RmcpCodec codec, int maxFailures, String peer) {
        super(ByteOrder.BIG_ENDIAN, Math.min(RmcpMessage.MAX_LENGTH, codec.maxMessageLength() + MAX_EXPANSION), 2, 2,
                -4, 0, true);
        this.keys = keys;
        this.codec = codec;
        this.maxFailures = maxFailures;
        this.peer = peer;
    }

    @Override
    protected long getUnadjustedFrameLength(ByteBuf buf, int offset, int length, ByteOrder order) {
        long len = super.getUnadjustedFrameLength(buf, offset, length, order);
        int min = keys.receiving(buf.getUnsignedByte(offset - 1)) == null ? RmcpMessage.HEADER_LENGTH : MIN_SEALED;
        if (len < min) {
            buf.skipBytes(buf.readableBytes());
            throw new RmcpProtocolException("?", "Length", 2, "docs/spec-notes-transport.md",
                    RmcpProtocolException.Reason.BAD_LENGTH, String.format("0x%04x, below the %d bytes of this message type",
                            len, min));
        }
        return len;
    }

    @Override
    protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
        if (failures >= maxFailures) {
            in.skipBytes(in.readableBytes()); // closing: decode nothing more
            return null;
        }
        ByteBuf frame = (ByteBuf) super.decode(ctx, in);
        if (frame == null) {
            return null;
        }
        byte[] wire;
        try {
            wire = ByteBufUtil.getBytes(frame);
        } finally {
            frame.release();
        }
        int type = wire[1] & 0xFF;
        ChannelKeys.Slot slot = keys.receiving(type);
        byte[] plain = wire;
        if (slot != null) {
            try {
                plain = open(slot, wire, keys.fallbacks(type));
            } catch (ProtectionException e) {
                failures++;
                LOG.warn("dropped protected message type 0x{} seq {} from {} ({} of {} allowed failures; tried {} key(s)): {}",
                        Integer.toHexString(type), seqOf(wire), peer, failures, maxFailures,
                        1 + keys.fallbacks(type).size(), e.getMessage());
                if (failures >= maxFailures) {
                    LOG.warn("closing control channel from {}: {} protected messages failed to open", peer, failures);
                    ctx.close();
                }
                return null;
            }
        }
        if (plain.length > codec.maxMessageLength()) {
            throw new RmcpProtocolException("?", "Length", 2, "X.603.1 Amd.1 11.1", RmcpProtocolException.Reason.TOO_LONG,
                    plain.length + " > maximum " + codec.maxMessageLength());
        }
        return codec.decode(plain);
    }

    private static long seqOf(byte[] wire) {
        return wire.length >= MIN_SEALED ? java.nio.ByteBuffer.wrap(wire, RmcpMessage.HEADER_LENGTH, 8).getLong() : -1;
    }

    private byte[] open(ChannelKeys.Slot slot, byte[] wire, java.util.List<ChannelKeys.Slot> fallbacks)
            throws ProtectionException {
        try {
            byte[] plain = slot.protector.openMessage(wire, slot.window);
            keys.opened(slot);
            return plain;
        } catch (ProtectionException e) {
            if (e.reason() == ProtectionException.Reason.MALFORMED) {
                throw e;
            }
            for (ChannelKeys.Slot f : fallbacks) {
                try {
                    return f.protector.openMessage(wire, f.window);
                } catch (ProtectionException ignored) {
                    // try the next older key
                }
            }
            throw e;
        }
    }
}

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
import org.rmcp.transport.ReplayWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames protected messages by their clear header's Length (X.603.1 Amd.1 11.1), opens them
 * (10.2.6; docs/spec-notes-transport.md) against a replay window and decodes the plaintext. A
 * message that fails to open is dropped and logged; after {@code maxFailures} the channel
 * closes. A bad Length or plaintext that breaks the format fails with
 * {@link RmcpProtocolException}, which closes the channel.
 */
final class OpeningDecoder extends LengthFieldBasedFrameDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(OpeningDecoder.class);
    private static final int MIN_LENGTH = RmcpMessage.HEADER_LENGTH + MessageProtector.SEQ_LENGTH;
    private final MessageProtector protector;
    private final ReplayWindow window = ReplayWindow.strict();
    private final RmcpCodec codec;
    private final int maxFailures;
    private final String peer;
    private int failures;

    OpeningDecoder(MessageProtector protector, RmcpCodec codec, int maxFailures, String peer) {
        super(ByteOrder.BIG_ENDIAN, maxFrame(protector, codec), 2, 2, -4, 0, true);
        this.protector = protector;
        this.codec = codec;
        this.maxFailures = maxFailures;
        this.peer = peer;
    }

    private static int maxFrame(MessageProtector protector, RmcpCodec codec) {
        int body = codec.maxMessageLength() - RmcpMessage.HEADER_LENGTH;
        return (int) Math.min(RmcpMessage.MAX_LENGTH, (long) codec.maxMessageLength() + protector.maxExpansion(body));
    }

    @Override
    protected long getUnadjustedFrameLength(ByteBuf buf, int offset, int length, ByteOrder order) {
        long len = super.getUnadjustedFrameLength(buf, offset, length, order);
        if (len < MIN_LENGTH) {
            buf.skipBytes(buf.readableBytes());
            throw new RmcpProtocolException("?", "Length", 2, "docs/spec-notes-transport.md",
                    RmcpProtocolException.Reason.BAD_LENGTH, String.format("0x%04x, below a protected message's %d bytes",
                            len, MIN_LENGTH));
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
        byte[] plain;
        try {
            plain = protector.openMessage(ByteBufUtil.getBytes(frame), window);
        } catch (ProtectionException e) {
            failures++;
            LOG.warn("dropped protected message from {} ({} of {} allowed failures): {}", peer, failures, maxFailures,
                    e.getMessage());
            if (failures >= maxFailures) {
                LOG.warn("closing control channel from {}: {} protected messages failed to open", peer, failures);
                ctx.close();
            }
            return null;
        } finally {
            frame.release();
        }
        if (plain.length > codec.maxMessageLength()) {
            throw new RmcpProtocolException("?", "Length", 2, "X.603.1 Amd.1 11.1", RmcpProtocolException.Reason.TOO_LONG,
                    plain.length + " > maximum " + codec.maxMessageLength());
        }
        return codec.decode(plain);
    }
}

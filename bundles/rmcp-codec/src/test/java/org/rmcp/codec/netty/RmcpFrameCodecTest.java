package org.rmcp.codec.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.util.ReferenceCountUtil;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.Data;
import org.rmcp.codec.GoldenAccess;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.RmcpProtocolException;

/** TCP framing by the header Length (X.603.1 Amd.1 11.1) with {@link RmcpFrameDecoder} / {@link RmcpFrameEncoder}. */
class RmcpFrameCodecTest {
    private static final Map<String, String> GOLDEN = GoldenAccess.hexByName();

    private static byte[] bytes(String name) {
        return HexFormat.of().parseHex(GOLDEN.get(name));
    }

    @Test
    void splitsAStreamCutAtArbitraryPointsIntoTheMessages() throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<RmcpMessage> expected = new ArrayList<>();
        for (String hex : GOLDEN.values()) {
            byte[] b = HexFormat.of().parseHex(hex);
            stream.write(b);
            expected.add(RmcpCodec.DEFAULT.decode(b));
        }
        byte[] all = stream.toByteArray();
        Random random = new Random(42);
        EmbeddedChannel ch = new EmbeddedChannel(new RmcpFrameDecoder(RmcpCodec.DEFAULT));
        for (int i = 0; i < all.length;) {
            int n = Math.min(all.length - i, 1 + random.nextInt(37));
            ch.writeInbound(Unpooled.wrappedBuffer(all, i, n));
            i += n;
        }
        for (RmcpMessage m : expected) {
            RmcpMessage got = ch.readInbound();
            assertEquals(m, got);
            ReferenceCountUtil.release(got);
            ReferenceCountUtil.release(m);
        }
        assertNull(ch.readInbound());
        ch.finishAndReleaseAll();
    }

    @Test
    void refusesAnOversizeMessageOnItsLengthAloneAndSkipsExactlyIt() {
        EmbeddedChannel ch = new EmbeddedChannel(new RmcpFrameDecoder(RmcpCodec.withLimits(64, 256)));
        byte[] big = bytes("HRSANS");
        assertThrows(TooLongFrameException.class, () -> ch.writeInbound(Unpooled.wrappedBuffer(big, 0, 4)));
        ch.writeInbound(Unpooled.wrappedBuffer(big, 4, big.length - 4));
        assertNull(ch.readInbound(), "the oversize frame's bytes are discarded");
        ch.writeInbound(Unpooled.wrappedBuffer(bytes("HRSREQ")));
        RmcpMessage next = ch.readInbound();
        assertEquals(RmcpCodec.DEFAULT.decode(bytes("HRSREQ")), next);
        ch.finishAndReleaseAll();
    }

    @Test
    void refusesALengthBelowTheHeader() {
        EmbeddedChannel ch = new EmbeddedChannel(new RmcpFrameDecoder(RmcpCodec.DEFAULT));
        byte[] b = bytes("HRSREQ");
        b[3] = 0x10;
        DecoderException e = assertThrows(DecoderException.class, () -> ch.writeInbound(Unpooled.wrappedBuffer(b)));
        RmcpProtocolException cause = assertInstanceOf(RmcpProtocolException.class, e.getCause());
        assertEquals("Length", cause.field());
        ch.finishAndReleaseAll();
    }

    @Test
    void aBadFrameIsReportedAndTheNextFrameStillDecodes() {
        EmbeddedChannel ch = new EmbeddedChannel(new RmcpFrameDecoder(RmcpCodec.DEFAULT));
        byte[] bad = bytes("SECLIST");
        bad[21] = 0x04;
        ByteBuf both = Unpooled.wrappedBuffer(Unpooled.wrappedBuffer(bad), Unpooled.wrappedBuffer(bytes("HRSREQ")));
        DecoderException e = assertThrows(DecoderException.class, () -> ch.writeInbound(both));
        assertEquals("GK_MECH.Length", ((RmcpProtocolException) e.getCause()).field());
        ch.writeInbound(Unpooled.EMPTY_BUFFER);
        assertEquals(RmcpCodec.DEFAULT.decode(bytes("HRSREQ")), ch.readInbound());
        ch.finishAndReleaseAll();
    }

    @Test
    void encoderWritesEachMessageAsOneExactlySizedBuffer() {
        EmbeddedChannel ch = new EmbeddedChannel(new RmcpFrameEncoder(RmcpCodec.DEFAULT));
        for (String hex : GOLDEN.values()) {
            RmcpMessage m = RmcpCodec.DEFAULT.decode(HexFormat.of().parseHex(hex));
            ch.writeOutbound(m);
            ByteBuf out = ch.readOutbound();
            assertEquals(hex, ByteBufUtil.hexDump(out));
            assertEquals(out.capacity(), out.readableBytes());
            out.release();
        }
        ch.finishAndReleaseAll();
    }

    @Test
    void encoderReleasesADataMessage() {
        ByteBuf payload = Unpooled.buffer(8).writeLong(42);
        Data d = new Data(NodeType.SMA, 1, Maid.parse("10.0.0.1:5000"), 0, 1, payload);
        EmbeddedChannel ch = new EmbeddedChannel(new RmcpFrameEncoder(RmcpCodec.DEFAULT));
        ch.writeOutbound(d);
        ByteBuf out = ch.readOutbound();
        assertEquals(0, payload.refCnt());
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 42}, ByteBufUtil.getBytes(out, Data.PAYLOAD_OFFSET, 8));
        out.release();
        ch.finishAndReleaseAll();
    }
}

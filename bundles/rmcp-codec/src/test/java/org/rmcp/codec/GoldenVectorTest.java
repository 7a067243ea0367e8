package org.rmcp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.util.ReferenceCountUtil;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden bytes and round trip for every message (X.603.1 Amd.1 clause 11; docs/spec-notes.md). */
class GoldenVectorTest {
    static List<Golden> goldens() {
        return Golden.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void encodesToTheGoldenBytes(Golden g) {
        assertEquals(g.hex, ByteBufUtil.hexDump(Unpooled.wrappedBuffer(RmcpCodec.DEFAULT.encodeToBytes(g.message))));
        assertEquals(g.bytes().length, g.message.length(), "Length");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void decodesTheGoldenBytes(Golden g) {
        RmcpMessage m = RmcpCodec.DEFAULT.decode(g.bytes());
        try {
            assertEquals(g.message, m);
            assertEquals(g.message.messageType(), m.messageType());
        } finally {
            ReferenceCountUtil.release(m);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void roundTripsThroughAPooledBuffer(Golden g) {
        ByteBuf encoded = RmcpCodec.DEFAULT.encode(g.message, ByteBufAllocator.DEFAULT);
        try {
            assertEquals(encoded.capacity(), encoded.readableBytes(), "allocated once, exactly");
            RmcpMessage back = RmcpCodec.DEFAULT.decode(encoded);
            try {
                assertEquals(g.message, back);
                assertArrayEquals(g.bytes(), RmcpCodec.DEFAULT.encodeToBytes(back));
            } finally {
                ReferenceCountUtil.release(back);
            }
        } finally {
            encoded.release();
        }
    }

    @Test
    void everyMessageTypeHasAGoldenVector() {
        Set<MessageType> seen = EnumSet.noneOf(MessageType.class);
        Golden.all().forEach(g -> seen.add(g.message.messageType()));
        assertEquals(EnumSet.allOf(MessageType.class), seen);
    }

    @Test
    void hrsreqIsExactly0x14Bytes() {
        assertEquals(0x14, Golden.get("HRSREQ").bytes().length);
    }

    @Test
    void dataPayloadIsARetainedSliceNotACopy() {
        ByteBuf in = Unpooled.wrappedBuffer(Golden.get("DATA").bytes());
        Data d = (Data) RmcpCodec.DEFAULT.decode(in);
        assertEquals(2, in.refCnt(), "payload holds a reference to the input");
        in.setByte(Data.PAYLOAD_OFFSET, 0x00);
        assertEquals(0x00, d.payload().getByte(0), "shares the input's memory");
        in.release();
        assertEquals(1, d.refCnt());
        d.release();
        assertEquals(0, in.refCnt());
    }
}

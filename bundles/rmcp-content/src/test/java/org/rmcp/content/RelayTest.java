package org.rmcp.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.Data;
import org.rmcp.codec.Hb;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpProtocolException;
import org.rmcp.content.Fixtures.Mode;

/** A DMA's relay (X.603.1 Amd.1 10.2.7) on embedded channels: identical frames, no copy, no decryption. */
class RelayTest {
    private final ContentMeter dmaMeter = new ContentMeter();
    private final Relay relay = Relay.create(Fixtures.SESSION, dmaMeter);
    private final List<EmbeddedChannel> children = new ArrayList<>();
    private EmbeddedChannel parent;
    private ContentSealer sealer;

    @BeforeEach
    void setUp() throws Exception {
        parent = new EmbeddedChannel(relay.newParentHandler());
        for (int i = 0; i < 4; i++) {
            EmbeddedChannel c = new EmbeddedChannel();
            children.add(c);
            assertTrue(relay.addChild(c));
        }
        sealer = ContentSealer.create(Mode.AES_128_GCM.suite(), Fixtures.SESSION, Fixtures.SMA);
        sealer.rekey(1, Fixtures.kc(1));
    }

    @AfterEach
    void tearDown() {
        children.forEach(EmbeddedChannel::finishAndReleaseAll);
        parent.finishAndReleaseAll();
    }

    private Data data(int contentLength) {
        return sealer.seal(Unpooled.wrappedBuffer(Fixtures.random(contentLength, sealer.nextSeqNo())));
    }

    /** @return one sealed DATA message encoded into a fresh direct buffer, as a socket read delivers it */
    private ByteBuf frame(int contentLength) {
        Data d = data(contentLength);
        try {
            ByteBuf frame = Unpooled.directBuffer(d.length());
            RmcpCodec.DEFAULT.encode(d, frame);
            return frame;
        } finally {
            d.release();
        }
    }

    private static ByteBuf root(ByteBuf b) {
        ByteBuf r = b;
        while (r.unwrap() != null) {
            r = r.unwrap();
        }
        return r;
    }

    @Test
    void everyChildGetsTheReceivedFrameWithoutACopy() {
        ByteBuf frame = frame(3000);
        byte[] sent = Fixtures.bytes(frame);
        parent.writeInbound(frame);
        assertNull(parent.readInbound(), "DATA is consumed by the relay");
        List<ByteBuf> got = new ArrayList<>();
        for (EmbeddedChannel c : children) {
            ByteBuf b = c.readOutbound();
            assertNull(c.readOutbound(), "one buffer per frame and child");
            assertSame(root(frame), root(b), "a view of the received buffer");
            if (frame.hasMemoryAddress()) {
                assertEquals(frame.memoryAddress(), b.memoryAddress() + b.readerIndex(), "same memory");
            }
            assertArrayEquals(sent, Fixtures.bytes(b), "the bytes the parent sent");
            got.add(b);
        }
        assertEquals(children.size(), frame.refCnt(), "one retained view per child, nothing else holds the frame");
        got.forEach(ByteBuf::release);
        assertEquals(0, frame.refCnt(), "freed once every child has written it");
        Relay.Stats s = relay.stats();
        assertEquals(1, s.framesIn());
        assertEquals(4, s.framesForwarded());
        assertEquals(4L * sent.length, s.bytesForwarded());
        assertEquals(0, s.cipherBytes(), "a relaying DMA never holds content decrypted under Kc");
    }

    @Test
    void dataDecodedUpstreamIsRelayedAsSharedHeadAndPayloadView() {
        Data d = data(700);
        byte[] sent = Fixtures.wire(d);
        ByteBuf payloadRoot = root(d.payload());
        parent.writeInbound(d);
        List<ByteBuf> views = new ArrayList<>();
        for (EmbeddedChannel c : children) {
            ByteBuf head = c.readOutbound();
            ByteBuf payload = c.readOutbound();
            assertEquals(Data.PAYLOAD_OFFSET, head.readableBytes());
            assertSame(payloadRoot, root(payload), "the payload is a view, not a copy");
            ByteBuf both = Unpooled.wrappedBuffer(head, payload);
            assertArrayEquals(sent, Fixtures.bytes(both));
            views.add(both);
        }
        assertEquals(children.size(), payloadRoot.refCnt());
        views.forEach(ByteBuf::release);
        assertEquals(0, payloadRoot.refCnt());
        assertEquals(4, relay.stats().framesForwarded());
    }

    @Test
    void relayedFramesOpenAtAnRma() throws Exception {
        ContentKeys keys = new ContentKeys();
        keys.install(1, Fixtures.kc(1));
        ContentMeter rmaMeter = new ContentMeter();
        ContentOpener rma = ContentOpener.create(Mode.AES_128_GCM.suite(), keys, Fixtures.SESSION, Fixtures.SMA,
                PooledByteBufAllocator.DEFAULT, rmaMeter);
        for (int i = 0; i < 3; i++) {
            parent.writeInbound(frame(500));
        }
        EmbeddedChannel c = children.get(2);
        for (int i = 0; i < 3; i++) {
            ByteBuf wire = c.readOutbound();
            Data d = (Data) RmcpCodec.DEFAULT.decode(wire);
            wire.release();
            assertEquals(NodeType.SMA, d.nodeType(), "the SMA's bytes, unchanged");
            assertEquals(i, d.seqNo());
            rma.open(d).release();
            d.release();
        }
        assertEquals(1500, rmaMeter.openedBytes(), "the meter counts where content is opened");
        assertEquals(0, relay.stats().cipherBytes(), "but nothing at the relay");
    }

    @Test
    void aChildThatIsNotWritableIsSkippedAndCounted() {
        EmbeddedChannel slow = children.get(1);
        slow.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        for (int i = 0; i < 3; i++) {
            parent.writeInbound(frame(100));
        }
        assertTrue(slow.outboundMessages().isEmpty());
        for (EmbeddedChannel c : children) {
            if (c != slow) {
                assertEquals(3, c.outboundMessages().size());
            }
        }
        assertEquals(3, relay.droppedFrames(slow).orElseThrow());
        assertEquals(0, relay.droppedFrames(children.get(0)).orElseThrow());
        assertEquals(3, relay.stats().framesDropped());
        assertEquals(9, relay.stats().framesForwarded());
        slow.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
        parent.writeInbound(frame(100));
        assertEquals(1, slow.outboundMessages().size(), "writable again: frames flow again");
    }

    @Test
    void childrenComeAndGoAtRuntime() {
        EmbeddedChannel gone = children.get(0);
        assertTrue(relay.removeChild(gone));
        assertFalse(relay.removeChild(gone));
        EmbeddedChannel closed = children.get(3);
        closed.close();
        assertEquals(2, relay.children().size(), "a closed child removes itself");
        EmbeddedChannel late = new EmbeddedChannel();
        children.add(late);
        assertTrue(relay.addChild(late));
        assertFalse(relay.addChild(late));
        parent.writeInbound(frame(10));
        assertTrue(gone.outboundMessages().isEmpty());
        assertEquals(1, late.outboundMessages().size());
        assertEquals(3, relay.stats().framesForwarded());
        assertTrue(relay.droppedFrames(gone).isEmpty());
    }

    @Test
    void otherMessagesPassOnDecodedAndOtherSessionsAreNotRelayed() throws Exception {
        Hb hb = new Hb(NodeType.DMA, Fixtures.SESSION, Fixtures.SMA);
        parent.writeInbound(Unpooled.wrappedBuffer(RmcpCodec.DEFAULT.encodeToBytes(hb)));
        assertEquals(hb, parent.readInbound());
        ContentSealer foreign = ContentSealer.create(Mode.AES_128_GCM.suite(), Fixtures.SESSION + 1, Fixtures.SMA);
        foreign.rekey(1, Fixtures.kc(1));
        Data d = foreign.seal(Unpooled.wrappedBuffer(new byte[10]));
        parent.writeInbound(Unpooled.wrappedBuffer(RmcpCodec.DEFAULT.encodeToBytes(d)));
        d.release();
        children.forEach(c -> assertTrue(c.outboundMessages().isEmpty()));
        assertEquals(1, relay.stats().framesRejected());
    }

    @Test
    void malformedDataFailsAsInTheFrameDecoderAndIsNotRelayed() {
        ByteBuf frame = frame(10);
        byte[] wire = Fixtures.bytes(frame);
        frame.release();
        wire[0] = 0x43; // NT = RMA may not issue DATA
        DecoderException e = assertThrows(DecoderException.class, () -> parent.writeInbound(Unpooled.wrappedBuffer(wire)));
        assertTrue(e.getCause() instanceof RmcpProtocolException, e.toString());
        children.forEach(c -> assertTrue(c.outboundMessages().isEmpty()));
        assertEquals(0, relay.stats().framesIn());
    }
}

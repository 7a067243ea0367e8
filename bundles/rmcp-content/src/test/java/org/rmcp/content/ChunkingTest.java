package org.rmcp.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rmcp.codec.Data;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.content.Fixtures.Mode;

/** A multi-MiB stream split into DATA messages at the SMA reassembles identically at an RMA. */
class ChunkingTest {
    private static final int LENGTH = 5 * 1024 * 1024 + 123;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void multiMegabyteStreamReassemblesIdentically(Mode mode) throws Exception {
        byte[] stream = Fixtures.random(LENGTH, 11);
        ContentSealer sealer = ContentSealer.create(mode.suite(), Fixtures.SESSION, Fixtures.SMA);
        sealer.rekey(3, Fixtures.kc(3));
        ContentKeys keys = new ContentKeys();
        keys.install(3, Fixtures.kc(3));
        ContentOpener opener = ContentOpener.create(mode.suite(), keys, Fixtures.SESSION, Fixtures.SMA);

        List<byte[]> wire = new ArrayList<>();
        ByteBuf in = Unpooled.wrappedBuffer(stream);
        sealer.sealAll(in, d -> {
            try {
                assertEquals(wire.size(), d.seqNo());
                wire.add(RmcpCodec.DEFAULT.encodeToBytes(d));
            } finally {
                d.release();
            }
        });
        assertEquals(0, in.readableBytes());
        int max = sealer.maxPlaintextLength();
        assertEquals((LENGTH + max - 1) / max, wire.size());

        ByteArrayOutputStream out = new ByteArrayOutputStream(LENGTH);
        for (byte[] frame : wire) {
            assertTrue(frame.length <= 0xFFFF);
            Data d = (Data) RmcpCodec.DEFAULT.decode(frame);
            ByteBuf plain = opener.open(d);
            plain.readBytes(out, plain.readableBytes());
            plain.release();
            d.release();
        }
        assertArrayEquals(Fixtures.sha256(stream), Fixtures.sha256(out.toByteArray()));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void smallChunksToo(Mode mode) throws Exception {
        byte[] stream = Fixtures.random(100_000, 12);
        ContentSealer sealer = ContentSealer.create(mode.suite(), Fixtures.SESSION, Fixtures.SMA);
        sealer.rekey(1, Fixtures.kc(1));
        ContentKeys keys = new ContentKeys();
        keys.install(1, Fixtures.kc(1));
        ContentOpener opener = ContentOpener.create(mode.suite(), keys, Fixtures.SESSION, Fixtures.SMA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Data> messages = new ArrayList<>();
        sealer.sealAll(Unpooled.wrappedBuffer(stream), 1400, messages::add);
        assertEquals((100_000 + 1399) / 1400, messages.size());
        for (Data d : messages) {
            ByteBuf plain = opener.open(d);
            plain.readBytes(out, plain.readableBytes());
            plain.release();
            d.release();
        }
        assertArrayEquals(stream, out.toByteArray());
    }
}

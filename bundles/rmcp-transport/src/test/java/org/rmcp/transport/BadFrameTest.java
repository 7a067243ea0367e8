package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.rmcp.transport.Fixtures.KEY_A;
import static org.rmcp.transport.Fixtures.KEY_B;
import static org.rmcp.transport.Fixtures.await;
import static org.rmcp.transport.Fixtures.take;

import io.netty.handler.codec.TooLongFrameException;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpProtocolException;

/** A hostile MA's malformed frame closes only its own channel (X.603.1 Amd.1 11.1 Length). */
class BadFrameTest {
    private Fixtures.Harness sm;

    @BeforeEach
    void start() throws Exception {
        sm = new Fixtures.Harness(Fixtures.pskServer(), Fixtures.options().withMaxMessageLength(1024), null);
    }

    @AfterEach
    void stop() {
        sm.close();
    }

    @Test
    void lengthBelowHeaderClosesOnlyThatChannel() throws Exception {
        // Ver 4 | NT DMA, HRSREQ, Length 0x0005
        Throwable cause = hostile(new byte[] {0x45, 0x25, 0x00, 0x05, 0, 0, 0, 0});
        RmcpProtocolException e = assertInstanceOf(RmcpProtocolException.class, cause);
        assertEquals("Length", e.field());
        assertEquals(RmcpProtocolException.Reason.BAD_LENGTH, e.reason());
    }

    @Test
    void lengthAboveMaximumClosesOnlyThatChannel() throws Exception {
        assertInstanceOf(TooLongFrameException.class, hostile(new byte[] {0x45, 0x25, 0x7F, (byte) 0xFF, 0, 0}));
    }

    @Test
    void badContentClosesOnlyThatChannel() throws Exception {
        byte[] frame = RmcpCodec.DEFAULT.encodeToBytes(Fixtures.hrsReq());
        frame[0] = 0x35; // Ver 3
        RmcpProtocolException e = assertInstanceOf(RmcpProtocolException.class, hostile(frame));
        assertEquals("Ver", e.field());
    }

    /** Opens a good channel and a hostile one; the hostile frame closes only the latter. */
    private Throwable hostile(byte[] frame) throws Exception {
        try (RmcpClient good = RmcpClient.create(Fixtures.pskClient("rma-7", KEY_B), Fixtures.options());
                RawTlsClient bad = new RawTlsClient(sm.address(), "dma-1", KEY_A)) {
            ControlChannel goodChannel = await(good.connect(sm.address()));
            take(sm.admitted);
            take(sm.admitted);
            bad.write(frame);
            Object cause = take(sm.closed);
            assertEquals(-1, readToEnd(bad), "the SM closes the hostile channel");
            assertEquals(1, sm.server.channels().size());
            await(goodChannel.send(Fixtures.hrsReq()));
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            return (Throwable) cause;
        }
    }

    private static int readToEnd(RawTlsClient c) {
        try {
            byte[] b = new byte[64];
            int n;
            while ((n = c.read(b)) > 0) {
                continue;
            }
            return n;
        } catch (IOException e) {
            return -1; // closed with an alert or reset: also closed
        }
    }
}

package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rmcp.transport.Fixtures.KEY_A;
import static org.rmcp.transport.Fixtures.await;
import static org.rmcp.transport.Fixtures.take;

import java.security.GeneralSecurityException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.transport.ProtectedChannelTest.Mode;

/** Holding inbound messages until listen(), orderly close, and the listener contract. */
class ChannelLifecycleTest {
    @Test
    void messagesArrivingBeforeListenAreHeldAndOpenedWithTheLaterProtection() throws Exception {
        BlockingQueue<ControlChannel> sent = new LinkedBlockingQueue<>();
        try (RmcpServer sm = RmcpServer.start(Fixtures.ANY_PORT, Fixtures.pskServer(), Fixtures.options(), ch -> {
            try {
                ch.protect(Mode.AEAD_AES_GCM.protector(ch.ktls()), Mode.AEAD_AES_GCM.protector(ch.ktls()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            ch.listen((c, m) -> { });
            ch.send(Fixtures.termReq()); // at once, before the MA can have called listen()
            ch.send(Fixtures.termReq()).thenRun(() -> sent.add(ch));
        });
                RmcpClient ma = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_A), Fixtures.options())) {
            ControlChannel c = await(ma.connect(sm.localAddress()));
            take(sent);
            c.protect(Mode.AEAD_AES_GCM.protector(c.ktls()), Mode.AEAD_AES_GCM.protector(c.ktls()));
            BlockingQueue<RmcpMessage> q = Fixtures.listen(c);
            assertEquals(Fixtures.termReq(), take(q));
            assertEquals(Fixtures.termReq(), take(q));
            assertThrows(IllegalStateException.class, () -> c.listen((x, m) -> { }));
        }
    }

    @Test
    void orderlyCloseIsSeenByBothSides() throws Exception {
        try (Fixtures.Harness sm = new Fixtures.Harness(Fixtures.pskServer());
                RmcpClient ma = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_A), Fixtures.options())) {
            ControlChannel c = await(ma.connect(sm.address()));
            BlockingQueue<Object> closedAtMa = new LinkedBlockingQueue<>();
            c.listen(new ControlChannel.Listener() {
                @Override
                public void onMessage(ControlChannel ch, RmcpMessage m) {
                }

                @Override
                public void onClosed(ControlChannel ch, Throwable cause) {
                    closedAtMa.add(cause == null ? "orderly" : cause);
                }
            });
            ControlChannel s = take(sm.admitted);
            await(s.close());
            assertEquals("orderly", take(closedAtMa));
            assertEquals("orderly", take(sm.closed));
            assertFalse(c.isOpen());
            assertThrows(Exception.class, () -> await(c.send(Fixtures.hrsReq())));
        }
    }

    @Test
    void listenerSetAfterCloseIsToldAtOnce() throws Exception {
        try (Fixtures.Harness sm = new Fixtures.Harness(Fixtures.pskServer());
                RmcpClient ma = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_A), Fixtures.options())) {
            ControlChannel c = await(ma.connect(sm.address()));
            await(c.close());
            BlockingQueue<Object> closed = new LinkedBlockingQueue<>();
            c.listen(new ControlChannel.Listener() {
                @Override
                public void onMessage(ControlChannel ch, RmcpMessage m) {
                }

                @Override
                public void onClosed(ControlChannel ch, Throwable cause) {
                    closed.add("closed");
                }
            });
            assertEquals("closed", take(closed));
        }
    }
}

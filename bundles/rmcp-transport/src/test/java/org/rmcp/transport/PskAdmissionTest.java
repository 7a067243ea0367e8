package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.transport.Fixtures.KEY_A;
import static org.rmcp.transport.Fixtures.KEY_B;
import static org.rmcp.transport.Fixtures.await;
import static org.rmcp.transport.Fixtures.failure;
import static org.rmcp.transport.Fixtures.take;

import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import org.bouncycastle.tls.AlertDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.transport.TlsConfig.Version;

/** TLS_PSK admission, X.603.1 Amd.1 10.1.1.1, over TLS 1.2 (RFC 4279/5489) and TLS 1.3 (external PSK). */
class PskAdmissionTest {
    private Fixtures.Harness sm;

    @BeforeEach
    void start() throws Exception {
        sm = new Fixtures.Harness(Fixtures.pskServer(Version.TLS_1_2, Version.TLS_1_3));
    }

    @AfterEach
    void stop() {
        sm.close();
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void admitsKnownIdentityAndBothSidesShareKtls(Version v) throws Exception {
        try (RmcpClient ma = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_A, v), Fixtures.options())) {
            ControlChannel c1 = await(ma.connect(sm.address()));
            ControlChannel s1 = take(sm.admitted);
            assertEquals("dma-1", s1.peerIdentity());
            assertEquals("dma-1", c1.peerIdentity());
            assertTrue(c1.tlsSession().startsWith(v == Version.TLS_1_3 ? "TLSv1.3 " : "TLSv1.2 "), c1.tlsSession());
            assertEquals(32, c1.ktls().length);
            assertArrayEquals(c1.ktls(), s1.ktls());

            ControlChannel c2 = await(ma.connect(sm.address()));
            ControlChannel s2 = take(sm.admitted);
            assertArrayEquals(c2.ktls(), s2.ktls());
            assertFalse(Arrays.equals(c1.ktls(), c2.ktls()), "KTLS must differ per connection");
            assertEquals(2, sm.server.channels().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void messagesRoundTrip(Version v) throws Exception {
        try (RmcpClient ma = RmcpClient.create(Fixtures.pskClient("rma-7", KEY_B, v), Fixtures.options())) {
            ControlChannel c = await(ma.connect(sm.address()));
            BlockingQueue<RmcpMessage> atMa = Fixtures.listen(c);
            await(c.send(Fixtures.hrsReq()));
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            ControlChannel s = take(sm.admitted);
            await(s.send(Fixtures.termReq()));
            assertEquals(Fixtures.termReq(), take(atMa));
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void unknownIdentityIsRefused(Version v) throws Exception {
        try (RmcpClient ma = RmcpClient.create(Fixtures.pskClient("intruder", KEY_A, v), Fixtures.options())) {
            Throwable t = failure(ma.connect(sm.address()));
            AdmissionException e = assertInstanceOf(AdmissionException.class, t);
            assertEquals(AdmissionException.Reason.HANDSHAKE_FAILED, e.reason());
            assertEquals(v == Version.TLS_1_2 ? AlertDescription.unknown_psk_identity : AlertDescription.handshake_failure,
                    e.alert(), e.getMessage());
        }
        assertNoState();
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void wrongKeyIsRefused(Version v) throws Exception {
        try (RmcpClient ma = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_B, v), Fixtures.options())) {
            AdmissionException e = assertInstanceOf(AdmissionException.class, failure(ma.connect(sm.address())));
            assertEquals(AdmissionException.Reason.HANDSHAKE_FAILED, e.reason());
            assertTrue(e.alert() >= 0, e.getMessage());
        }
        assertNoState();
    }

    private void assertNoState() throws Exception {
        assertTrue(sm.server.channels().isEmpty());
        assertTrue(sm.admitted.isEmpty());
        // the server still admits a good client afterwards
        try (RmcpClient ok = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_A), Fixtures.options())) {
            await(ok.connect(sm.address()));
            take(sm.admitted);
        }
    }
}

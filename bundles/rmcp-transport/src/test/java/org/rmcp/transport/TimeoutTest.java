package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.transport.Fixtures.KEY_A;
import static org.rmcp.transport.Fixtures.failure;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Handshake timeout and connection failures end admission with a typed reason. */
class TimeoutTest {
    private static final TransportOptions SHORT = TransportOptions.defaults().withHandshakeTimeout(Duration.ofMillis(300));

    @Test
    void serverClosesAConnectionThatNeverHandshakes() throws Exception {
        try (Fixtures.Harness sm = new Fixtures.Harness(Fixtures.pskServer(), SHORT, null);
                Socket silent = new Socket(sm.address().getAddress(), sm.address().getPort())) {
            silent.setSoTimeout((int) Fixtures.WAIT_S * 1000);
            InputStream in = silent.getInputStream();
            assertEquals(-1, in.read(), "the SM closes the connection");
            assertTrue(sm.server.channels().isEmpty());
            assertTrue(sm.admitted.isEmpty());
        }
    }

    @Test
    void clientGivesUpOnASilentServer() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                RmcpClient ma = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_A), SHORT)) {
            AdmissionException e = assertInstanceOf(AdmissionException.class,
                    failure(ma.connect((InetSocketAddress) silent.getLocalSocketAddress())));
            assertEquals(AdmissionException.Reason.TIMEOUT, e.reason());
        }
    }

    @Test
    void clientReportsARefusedConnection() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there now
        }
        try (RmcpClient ma = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_A), SHORT)) {
            AdmissionException e = assertInstanceOf(AdmissionException.class,
                    failure(ma.connect(new InetSocketAddress("127.0.0.1", port))));
            assertEquals(AdmissionException.Reason.CONNECT_FAILED, e.reason());
        }
    }

    @Test
    void serverClosingDuringTheHandshakeIsReported() throws Exception {
        try (ServerSocket closing = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                RmcpClient ma = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_A), Fixtures.options())) {
            var f = ma.connect((InetSocketAddress) closing.getLocalSocketAddress());
            closing.accept().close();
            AdmissionException e = assertInstanceOf(AdmissionException.class, failure(f));
            assertEquals(AdmissionException.Reason.CLOSED, e.reason());
        }
    }
}

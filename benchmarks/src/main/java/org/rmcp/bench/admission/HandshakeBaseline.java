package org.rmcp.bench.admission;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.transport.ServerCredentials;
import org.rmcp.transport.ControlChannel;
import org.rmcp.transport.RmcpClient;
import org.rmcp.transport.RmcpServer;
import org.rmcp.transport.TlsConfig;
import org.rmcp.transport.TransportOptions;

/**
 * The baseline: bare TLS_PSK admission (X.603.1 Amd.1 10.1.1.1) with nothing after it. An
 * {@link RmcpServer} with the same PSK file as the SM closes every channel as soon as it is
 * admitted; the same number of {@link RmcpClient}s with the same identities connect, and an
 * attempt ends when the client sees that close, i.e. once the server finished its side of the
 * handshake (the server closes first, so no client port waits in TIME_WAIT).
 */
final class HandshakeBaseline implements AutoCloseable {
    private final RmcpServer server;
    private final List<RmcpClient> clients = new ArrayList<>();
    private final Duration timeout;
    private volatile String tlsSession = "-";

    private HandshakeBaseline(RmcpServer server, Duration timeout) {
        this.server = server;
        this.timeout = timeout;
    }

    static HandshakeBaseline start(PskCredentials psk, int clientCount, Duration timeout) throws IOException {
        TransportSettings t = new TransportSettings("127.0.0.1", 0, TransportSettings.PSK, "rmcp-sm",
            psk.file().toString(), "", "", "");
        TlsConfig tls = ServerCredentials.load("admission-baseline", t);
        HandshakeBaseline b = new HandshakeBaseline(RmcpServer.start(new InetSocketAddress(t.host(), 0), tls,
            TransportOptions.defaults(), ControlChannel::close), timeout);
        for (int i = 0; i < clientCount; i++) {
            String id = PskCredentials.ma(i);
            b.clients.add(RmcpClient.create(TlsConfig.psk().pskIdentity(id, psk.key(id)).build(),
                TransportOptions.defaults()));
        }
        return b;
    }

    /** One handshake; completes with the nanoTime the client saw the server close the admitted channel. */
    CompletableFuture<Long> handshake(int i) {
        CompletableFuture<Long> closed = new CompletableFuture<>();
        clients.get(i % clients.size()).connect(server.localAddress()).whenComplete((ch, error) -> {
            if (error != null) {
                closed.completeExceptionally(error);
                return;
            }
            tlsSession = ch.tlsSession();
            ch.listen(new ControlChannel.Listener() {
                @Override
                public void onMessage(ControlChannel c, RmcpMessage m) {
                }

                @Override
                public void onClosed(ControlChannel c, Throwable cause) {
                    closed.complete(System.nanoTime());
                }
            });
        });
        return closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return the TLS version and suite the last handshake negotiated */
    String tlsSession() {
        return tlsSession;
    }

    /** @return whether the server holds no open channel */
    boolean settled() {
        return server.channels().isEmpty();
    }

    @Override
    public void close() {
        clients.forEach(RmcpClient::close);
        server.close();
    }
}

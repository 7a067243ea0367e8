package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.rmcp.codec.HashedKtls;
import org.rmcp.codec.HrsReq;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Octets;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.TermReq;

/** Shared test data: PSKs, messages, and a server that queues what it admits and receives. */
final class Fixtures {
    static final InetSocketAddress ANY_PORT = new InetSocketAddress("127.0.0.1", 0);
    static final byte[] KEY_A = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f1011121314151617");
    static final byte[] KEY_B = HexFormat.of().parseHex("f0e1d2c3b4a5968778695a4b3c2d1e0f");
    static final Map<String, byte[]> TABLE = Map.of("dma-1", KEY_A, "rma-7", KEY_B);
    static final long SESSION = 0x0102030405060708L;
    static final Maid MAID = Maid.of(new byte[] {127, 0, 0, 1}, 5000);
    static final long WAIT_S = 20;

    private Fixtures() {
    }

    static TlsConfig pskServer(TlsConfig.Version... v) {
        return versions(TlsConfig.psk(), v).pskStore(TABLE::get).build();
    }

    static TlsConfig pskClient(String id, byte[] key, TlsConfig.Version... v) {
        return versions(TlsConfig.psk(), v).pskIdentity(id, key).build();
    }

    /** Sets the versions if any are given (else the default, both). */
    static TlsConfig.Builder versions(TlsConfig.Builder b, TlsConfig.Version... v) {
        return v.length == 0 ? b : b.versions(v);
    }

    /** DMA to SM. */
    static RmcpMessage hrsReq() {
        return new HrsReq(NodeType.DMA, SESSION, MAID);
    }

    /** SM to MA, with a control so the body is not empty. */
    static RmcpMessage termReq() {
        return new TermReq(NodeType.SM, SESSION, MAID, new HashedKtls(Octets.ofHex("00112233445566778899aabbccddeeff00112233")));
    }

    static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(WAIT_S, TimeUnit.SECONDS);
    }

    /** @return the cause the future failed with */
    static Throwable failure(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(WAIT_S, TimeUnit.SECONDS));
        return e.getCause();
    }

    static <T> T take(BlockingQueue<T> q) throws InterruptedException {
        T t = q.poll(WAIT_S, TimeUnit.SECONDS);
        if (t == null) {
            throw new AssertionError("nothing arrived within " + WAIT_S + " s");
        }
        return t;
    }

    static TransportOptions options() {
        return TransportOptions.defaults().withHandshakeTimeout(Duration.ofSeconds(WAIT_S / 2));
    }

    /** A server that queues admitted channels, the messages they receive and their close causes. */
    static final class Harness implements AutoCloseable {
        final BlockingQueue<ControlChannel> admitted = new LinkedBlockingQueue<>();
        final BlockingQueue<RmcpMessage> received = new LinkedBlockingQueue<>();
        final BlockingQueue<Object> closed = new LinkedBlockingQueue<>();
        final RmcpServer server;

        Harness(TlsConfig tls, TransportOptions options, ProtectorPair protection) throws Exception {
            server = RmcpServer.start(ANY_PORT, tls, options, ch -> {
                if (protection != null) {
                    try {
                        ch.protect(protection.send(ch), protection.receive(ch));
                    } catch (java.security.GeneralSecurityException e) {
                        throw new IllegalStateException(e);
                    }
                }
                ch.listen(new ControlChannel.Listener() {
                    @Override
                    public void onMessage(ControlChannel c, RmcpMessage m) {
                        received.add(m);
                    }

                    @Override
                    public void onClosed(ControlChannel c, Throwable cause) {
                        closed.add(cause == null ? "orderly" : cause);
                    }
                });
                admitted.add(ch);
            });
        }

        Harness(TlsConfig tls) throws Exception {
            this(tls, options(), null);
        }

        InetSocketAddress address() {
            return server.localAddress();
        }

        @Override
        public void close() {
            server.close();
        }
    }

    /** Builds the server's protectors per channel (they depend on its KTLS). */
    interface ProtectorPair {
        MessageProtector send(ControlChannel ch) throws java.security.GeneralSecurityException;

        MessageProtector receive(ControlChannel ch) throws java.security.GeneralSecurityException;
    }

    /** A client listener that queues messages. */
    static BlockingQueue<RmcpMessage> listen(ControlChannel ch) {
        BlockingQueue<RmcpMessage> q = new LinkedBlockingQueue<>();
        ch.listen((c, m) -> q.add(m));
        return q;
    }
}

package org.rmcp.bench.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.transport.ControlChannel;
import org.rmcp.transport.RmcpClient;
import org.rmcp.transport.RmcpServer;
import org.rmcp.transport.TlsConfig;
import org.rmcp.transport.TransportOptions;

/**
 * TLS_PSK admissions per second on loopback (X.603.1 Amd.1 10.1.1.1): TCP connect, the full
 * handshake with KTLS export, and close, against a plain TCP connect-and-close baseline in the
 * same run. The ratio is what TLS admission costs over the bare connection. In both cases the
 * server closes first, so the client's ephemeral ports are not held in TIME_WAIT.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class AdmissionBenchmark {
    private static final byte[] PSK = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    private static final long WAIT_S = 10;

    @Param({"TLS_1_2", "TLS_1_3"})
    public String version;

    private RmcpServer server;
    private RmcpClient client;
    private ServerSocket plain;
    private Thread acceptor;

    @Setup
    public void setUp() throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        TlsConfig.Version v = TlsConfig.Version.valueOf(version);
        server = RmcpServer.start(loopback, TlsConfig.psk().versions(v).pskStore(id -> "bench".equals(id) ? PSK : null)
                .build(), TransportOptions.defaults(), ControlChannel::close);
        client = RmcpClient.create(TlsConfig.psk().versions(v).pskIdentity("bench", PSK).build(),
                TransportOptions.defaults());
        plain = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptAndClose, "bench-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptAndClose() {
        while (!plain.isClosed()) {
            try {
                plain.accept().close();
            } catch (IOException e) {
                return; // closed by tearDown
            }
        }
    }

    @TearDown
    public void tearDown() throws Exception {
        client.close();
        server.close();
        plain.close();
        acceptor.join(TimeUnit.SECONDS.toMillis(WAIT_S));
    }

    /** Connect, TLS_PSK handshake, KTLS export; the SM closes; wait for the close. */
    @Benchmark
    public byte[] tlsPskAdmission() throws Exception {
        ControlChannel ch = client.connect(server.localAddress()).get(WAIT_S, TimeUnit.SECONDS);
        CompletableFuture<Void> closed = new CompletableFuture<>();
        ch.listen(new ControlChannel.Listener() {
            @Override
            public void onMessage(ControlChannel c, RmcpMessage m) {
            }

            @Override
            public void onClosed(ControlChannel c, Throwable cause) {
                closed.complete(null);
            }
        });
        closed.get(WAIT_S, TimeUnit.SECONDS);
        return ch.ktls();
    }

    /** Baseline: TCP connect; the server closes; read the end of stream. */
    @Benchmark
    public int tcpConnectClose() throws IOException {
        try (Socket s = new Socket(plain.getInetAddress(), plain.getLocalPort())) {
            InputStream in = s.getInputStream();
            return in.read();
        }
    }
}

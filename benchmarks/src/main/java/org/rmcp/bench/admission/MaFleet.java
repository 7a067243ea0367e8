package org.rmcp.bench.admission;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.SmaPropose;
import org.rmcp.ma.internal.state.Effect;
import org.rmcp.ma.internal.state.MaConfig;
import org.rmcp.ma.internal.state.Subscriber;
import org.rmcp.ma.internal.transport.MaConnector;
import org.rmcp.provisioning.TrustConfig;
import org.rmcp.transport.ControlSuite;
import org.rmcp.transport.RmcpClient;
import org.rmcp.transport.TlsConfig;
import org.rmcp.transport.TransportOptions;

/**
 * The MA side (X.603.1 Amd.1 10.1.1-10.1.4): real {@link MaConnector}s over a few shared
 * {@link RmcpClient}s (one network thread each, one PSK identity each). {@link #serverSide(Duration)}
 * admits the SMA and one DMA and waits for their agreement; {@link #admit(int)} is one measured
 * late MA: TLS_PSK admission, SUBSREQ/SUBSANS, SECAGREQ, SECLIST, SECAGANS, counted when the SM
 * accepted the SECAGANS OK, then its channel is closed (the SM evicts it: {@code memberLeft}).
 * MAIDs are {@code 10.a.b.c:6000}; a MAID is free again once evicted, so rounds may reuse them.
 */
final class MaFleet implements AutoCloseable {
    private static final int MA_PORT = 6000;
    /** No provisioning in this harness: the registry holds every policy item. */
    private static final TrustConfig NO_TRUST = (ch, host, port) -> {
        throw new IllegalStateException("AdmissionLoad provisions nothing");
    };
    private final SmEndpoint sm;
    private final PskCredentials psk;
    private final ControlSuite suite;
    private final NodeType role;
    private final HarnessRegistry registry = new HarnessRegistry();
    private final Duration timeout;
    private final List<RmcpClient> clients = new ArrayList<>();
    private final List<RmcpClient> serverSideClients = new ArrayList<>();
    private final List<MaConnector> serverSide = new ArrayList<>();
    private volatile int firstMaid;

    /**
     * @param role RMA or DMA: the role of the measured MAs
     * @param clientCount how many {@link RmcpClient}s (network threads) the measured MAs share
     * @param timeout how long one measured MA may take, connect to SECAGANS at the SM
     */
    MaFleet(SmEndpoint sm, PskCredentials psk, ControlSuite suite, NodeType role, int clientCount, Duration timeout) {
        this.sm = sm;
        this.psk = psk;
        this.suite = suite;
        this.role = role;
        this.timeout = timeout;
        for (int i = 0; i < clientCount; i++) {
            clients.add(client(PskCredentials.ma(i)));
        }
    }

    private RmcpClient client(String identity) {
        return RmcpClient.create(TlsConfig.psk().pskIdentity(identity, psk.key(identity)).build(),
            TransportOptions.defaults());
    }

    /** Admits the SMA (proposing AES-128-CBC) and a DMA; returns once the SM accepted both SECAGANS OK. */
    void serverSide(Duration wait) throws Exception {
        SmaPropose proposal = new SmaPropose(GpAttribute.OPEN, GkMecha.BACKWARD_FORWARD, EnDecIds.AES_128_CBC);
        List<CompletableFuture<Long>> answered = new ArrayList<>();
        int n = 1;
        for (NodeType type : List.of(NodeType.SMA, NodeType.DMA)) {
            Maid maid = Maid.parse("127.0.0.1:" + (7000 + n++));
            MaConfig config = new MaConfig(type, SmEndpoint.SESSION_ID, maid, null,
                type == NodeType.SMA ? proposal : null, Map.of(), Map.of(), Map.of(), Duration.ofSeconds(20));
            MaConnector ma = connector(config);
            String identity = type == NodeType.SMA ? PskCredentials.SMA : PskCredentials.DMA;
            RmcpClient client = client(identity);
            serverSideClients.add(client);
            serverSide.add(ma);
            answered.add(sm.session().expect(maid));
            Subscriber.Outcome o = ma.connect(client, sm.address()).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (o.status() != Subscriber.Status.ADMITTED) {
                throw new IllegalStateException(type + " not admitted: " + o.reason());
            }
        }
        for (int i = 0; i < answered.size(); i++) {
            answered.get(i).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            Effect e = serverSide.get(i).agreement().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (!(e instanceof Effect.Agreed)) {
                throw new IllegalStateException("server side did not agree: " + e);
            }
        }
    }

    /** The next round's MAs take MAIDs from number {@code first} on (0: the first round's). */
    void firstMaid(int first) {
        firstMaid = first;
    }

    /** @return the {@code i}-th MAID of the measured MAs */
    static Maid maid(int i) {
        return Maid.of(new byte[] {10, (byte) (i >>> 16), (byte) (i >>> 8), (byte) i}, MA_PORT);
    }

    /** One measured admission; completes with the nanoTime the SM accepted its SECAGANS OK. */
    CompletableFuture<Long> admit(int i) {
        Maid maid = maid(firstMaid + i);
        MaConnector ma = connector(new MaConfig(role, SmEndpoint.SESSION_ID, maid, null, null, Map.of(), Map.of(),
            Map.of(), Duration.ofSeconds(20)));
        CompletableFuture<Long> atSm = sm.session().expect(maid).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        ma.connect(clients.get(i % clients.size()), sm.address()).whenComplete((o, error) -> {
            if (error != null) {
                atSm.completeExceptionally(error);
            } else if (o.status() != Subscriber.Status.ADMITTED) {
                atSm.completeExceptionally(new IllegalStateException("SUBSANS " + o.code() + ": " + o.reason()));
            }
        });
        ma.agreement().thenAccept(e -> {
            if (e instanceof Effect.Failed) {
                atSm.completeExceptionally(new IllegalStateException("MA agreement failed: " + e));
            }
        });
        return atSm.whenComplete((t, error) -> ma.close());
    }

    private MaConnector connector(MaConfig config) {
        return new MaConnector(config, registry, null, NO_TRUST, Clock.systemUTC(), suite);
    }

    @Override
    public void close() {
        serverSide.forEach(MaConnector::close);
        clients.forEach(RmcpClient::close);
        serverSideClients.forEach(RmcpClient::close);
    }
}

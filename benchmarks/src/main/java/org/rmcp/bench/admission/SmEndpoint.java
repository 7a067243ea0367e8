package org.rmcp.bench.admission;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.api.alg.GkNames;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.SessionPhase;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.SessionManagerSession;
import org.rmcp.sm.internal.SessionSettings;
import org.rmcp.sm.internal.state.AgreementTracker;
import org.rmcp.sm.internal.state.PolicyLimits;
import org.rmcp.sm.internal.state.ServiceUserRegistry;
import org.rmcp.sm.internal.transport.ModuleOffers;
import org.rmcp.sm.internal.transport.ServerCredentials;
import org.rmcp.sm.internal.transport.SmConnector;
import org.rmcp.transport.ControlSuite;
import org.rmcp.transport.TransportOptions;

/**
 * One SM session as {@code SessionComponent} runs it (X.603.1 Amd.1 10.1.1-10.1.4): the real
 * {@link SessionManagerSession} behind a {@link CountingSession}, its {@link SmConnector} on an
 * ephemeral 127.0.0.1 port with TLS_PSK from the run's PSK file, ticked every 20 ms. Open group,
 * policy limited to AES-128-CBC / HMAC-SHA1 / KDC, nothing provisionable ({@link ModuleOffers#none()}),
 * the production defaults for SECAGANS timeout (5 s), retransmissions (3) and Ks update (1 h).
 */
final class SmEndpoint implements AutoCloseable {
    static final long SESSION_ID = 0x0A0D_0155_1000_0005L;
    private static final Duration TICK = Duration.ofMillis(20);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sm-tick");
        t.setDaemon(true);
        return t;
    });
    private final CountingSession session;
    private final SmConnector connector;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SmEndpoint(CountingSession session, SmConnector connector) {
        this.session = session;
        this.connector = connector;
    }

    /** Starts the session and binds its listener. */
    static SmEndpoint start(PskCredentials psk, ControlSuite suite, Duration agreeTime) throws IOException {
        Map<AlgorithmType, List<Integer>> allowed = new EnumMap<>(AlgorithmType.class);
        allowed.put(AlgorithmType.EN_DEC, List.of(EnDecIds.AES_128_CBC));
        allowed.put(AlgorithmType.AUTH, List.of(AuthIds.HMAC_SHA1));
        allowed.put(AlgorithmType.GK, List.of(GkNames.KDC));
        PolicyLimits limits = new PolicyLimits(GpAttribute.OPEN, List.of(GkMecha.values()), allowed, Map.of());
        SessionSettings settings = new SessionSettings("admission-load", SESSION_ID, limits, agreeTime,
            Duration.ofHours(1), 16, new AgreementTracker.Timing(Duration.ofSeconds(5), Duration.ofSeconds(60), 3),
            new TransportSettings("127.0.0.1", 0, TransportSettings.PSK, "rmcp-sm", psk.file().toString(), "", "", ""));
        AtomicReference<CountingSession> observed = new AtomicReference<>();
        AtomicReference<SmConnector> sink = new AtomicReference<>();
        SecureRandom random = new SecureRandom();
        SessionManagerSession sm = new SessionManagerSession(settings, Clock.systemUTC(), random::nextBytes,
            ServiceUserRegistry.create(random::nextBytes), registry -> { }, effects -> {
                CountingSession.tap(effects);
                sink.get().execute(observed.get(), effects);
            });
        CountingSession counting = new CountingSession(sm);
        observed.set(counting);
        SmConnector connector = new SmConnector(counting, ModuleOffers.none(), () -> Optional.of(suite));
        sink.set(connector);
        SmEndpoint e = new SmEndpoint(counting, connector);
        connector.start(ServerCredentials.load(settings.name(), settings.transport()), TransportOptions.defaults());
        e.timer.scheduleWithFixedDelay(sm::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        return e;
    }

    CountingSession session() {
        return session;
    }

    InetSocketAddress address() {
        return connector.localAddress();
    }

    /** @return whether the session is OPEN with exactly {@code n} active members and {@code n} open links */
    boolean settled(int n) {
        long active = session.members().stream().filter(m -> m.state() != MemberState.EVICTED).count();
        return session.phase() == SessionPhase.OPEN && active == n && connector.links().size() == n;
    }

    /** @return one line on the session: phase, member table rows by state, open links */
    String describe() {
        long[] byState = new long[MemberState.values().length];
        session.members().forEach(m -> byState[m.state().ordinal()]++);
        StringBuilder s = new StringBuilder("phase " + session.phase() + session.failure().map(f -> " (" + f + ")")
            .orElse("") + ", member rows");
        for (MemberState st : MemberState.values()) {
            if (byState[st.ordinal()] > 0) {
                s.append(' ').append(st).append('=').append(byState[st.ordinal()]);
            }
        }
        return s.append(", open links ").append(connector.links().size()).append(", policy ")
            .append(session.policy().map(Object::toString).orElse("-")).toString();
    }

    /** Stops the timer and the listener and closes every channel; members are not reported as left. Idempotent. */
    void stop() {
        if (closed.compareAndSet(false, true)) {
            timer.shutdownNow();
            connector.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}

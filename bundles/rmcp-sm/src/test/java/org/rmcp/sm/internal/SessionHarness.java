package org.rmcp.sm.internal;

import static org.rmcp.sm.internal.state.Fixtures.auth;
import static org.rmcp.sm.internal.state.Fixtures.en;
import static org.rmcp.sm.internal.state.Fixtures.gk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecReturnCode;
import org.rmcp.codec.SmaPropose;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.SessionPhase;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.state.AgreementTracker;
import org.rmcp.sm.internal.state.Fixtures;
import org.rmcp.sm.internal.state.PolicyLimits;
import org.rmcp.sm.internal.state.ServiceUserRegistry;

/** A {@link SessionManagerSession} on a hand-moved clock, recording its effects and saves. */
public final class SessionHarness {
    public static final Duration AGREE = Duration.ofMillis(5000);
    public static final Duration KS_INTERVAL = Duration.ofSeconds(3600);
    public static final SmaPropose PROPOSAL = Fixtures.propose(GpAttribute.OPEN, GkMecha.BACKWARD_FORWARD, 0x01);

    public final Fixtures.MutableClock clock = new Fixtures.MutableClock();
    public final List<Effect> effects = new ArrayList<>();
    public final List<Integer> saves = new ArrayList<>();
    public final SessionManagerSession session;

    public SessionHarness(String name, GpAttribute group) {
        this(settings(name, Fixtures.limits(group)));
    }

    public SessionHarness(SessionSettings settings) {
        ServiceUserRegistry users = ServiceUserRegistry.create(Fixtures.counter());
        session = new SessionManagerSession(settings, clock, Fixtures.counter(), users, r -> saves.add(r.size()),
            effects::addAll);
    }

    public static SessionSettings settings(String name, PolicyLimits limits) {
        return new SessionSettings(name, Fixtures.SID, limits, AGREE, KS_INTERVAL, 16,
            new AgreementTracker.Timing(Duration.ofSeconds(5), Duration.ofSeconds(60), 3),
            new TransportSettings("127.0.0.1", 7300, "psk", "rmcp-sm", "", "", "", ""));
    }

    /** @return the effects of MA {@code n} sending {@code message} on its link */
    public List<Effect> receive(int n, RmcpMessage message) {
        effects.clear();
        session.receive(Fixtures.link(n), message);
        return List.copyOf(effects);
    }

    /** @return the effects of the timer after {@code advance} */
    public List<Effect> tick(Duration advance) {
        effects.clear();
        clock.advance(advance);
        session.tick();
        return List.copyOf(effects);
    }

    /** SMA 1 and DMAs {@code dmas} subscribe, agree with the default capabilities and acknowledge: OPEN. */
    public void open(int... dmas) {
        receive(1, Fixtures.subsReq(NodeType.SMA, 1));
        for (int d : dmas) {
            receive(d, Fixtures.subsReq(NodeType.DMA, d));
        }
        receive(1, Fixtures.smaReq(1, PROPOSAL, en(0x01, 1, 0x11, 2), auth(0x01, 1), gk(0x01, 1)));
        for (int d : dmas) {
            receive(d, Fixtures.dmaReq(d, en(0x11, 1, 0x01, 2), auth(0x01, 1), gk(0x01, 1)));
        }
        tick(AGREE);
        receive(1, Fixtures.ans(NodeType.SMA, 1, SecReturnCode.OK));
        for (int d : dmas) {
            receive(d, Fixtures.ans(NodeType.DMA, d, SecReturnCode.OK));
        }
        if (session.phase() != SessionPhase.OPEN) {
            throw new IllegalStateException("harness did not reach OPEN: " + session.phase() + " " + session.failure());
        }
    }
}

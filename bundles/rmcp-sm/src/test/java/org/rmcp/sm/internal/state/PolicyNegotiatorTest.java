package org.rmcp.sm.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.sm.internal.state.Fixtures.SID;
import static org.rmcp.sm.internal.state.Fixtures.T0;
import static org.rmcp.sm.internal.state.Fixtures.auth;
import static org.rmcp.sm.internal.state.Fixtures.dmaReq;
import static org.rmcp.sm.internal.state.Fixtures.en;
import static org.rmcp.sm.internal.state.Fixtures.gk;
import static org.rmcp.sm.internal.state.Fixtures.link;
import static org.rmcp.sm.internal.state.Fixtures.maid;
import static org.rmcp.sm.internal.state.Fixtures.only;
import static org.rmcp.sm.internal.state.Fixtures.propose;
import static org.rmcp.sm.internal.state.Fixtures.sent;
import static org.rmcp.sm.internal.state.Fixtures.smaReq;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.SecList;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.SessionPhase;

/** Collecting SECAGREQ until Security Agree.time and deciding (X.603.1 Amd.1 10.1.4.1). */
class PolicyNegotiatorTest {
    final MemberTable members = new MemberTable();
    final Lifecycle life = new Lifecycle();
    final SessionKeyManager keys = new SessionKeyManager(16, Fixtures.counter(), T0);
    final Evictions evictions = new Evictions(SID, members, keys, life);
    final AgreementTracker tracker = new AgreementTracker(SID,
        new AgreementTracker.Timing(Duration.ofSeconds(5), Duration.ofSeconds(60), 3), Fixtures.limits(GpAttribute.OPEN),
        evictions);
    final PolicyNegotiator negotiator = new PolicyNegotiator(Fixtures.limits(GpAttribute.OPEN), Duration.ofSeconds(5),
        members, life, tracker);
    final Member sma = members.admit(maid(1), NodeType.SMA, link(1), T0);
    final Member dma = members.admit(maid(2), NodeType.DMA, link(2), T0);
    final Member rma = members.admit(maid(4), NodeType.RMA, link(4), T0);

    @Test
    void smaMayRestateItsRequestBeforeTheDeadline() {
        negotiator.onRequest(sma, smaReq(1, propose(GpAttribute.OPEN, GkMecha.STATIC, 0x02), en(0x02, 1), auth(0x01, 1),
            gk(0x01, 1)), T0);
        negotiator.onRequest(sma, smaReq(1, propose(GpAttribute.CLOSED, GkMecha.STATIC, 0x01), en(0x01, 1), auth(0x01, 1),
            gk(0x01, 1)), T0.plusSeconds(1));
        assertEquals(MemberState.REQUESTED, sma.state());
        assertEquals(T0.plusSeconds(5), negotiator.deadline().orElseThrow(), "the window opened with the first request");
        List<Effect> out = negotiator.onTick(T0.plusSeconds(5));
        SecList list = sent(out, SecList.class).get(0);
        assertEquals(0x01, list.conEnDecAlg().conEnDecId());
        assertEquals(GpAttribute.CLOSED, list.gkMech().gpAttribute());
        assertTrue(negotiator.deadline().isEmpty());
    }

    @Test
    void aDmaEvictedBeforeTheDeadlineDoesNotConstrainThePolicy() {
        negotiator.onRequest(sma, smaReq(1, propose(GpAttribute.OPEN, GkMecha.STATIC, 0x01), en(0x01, 1, 0x11, 2),
            auth(0x01, 1), gk(0x01, 1)), T0);
        negotiator.onRequest(dma, dmaReq(2, en(0x02, 1), auth(0x01, 1), gk(0x01, 1)), T0);
        evictions.evict(dma, "left", T0.plusSeconds(1));
        List<Effect> out = negotiator.onTick(T0.plusSeconds(5));
        assertEquals(List.of(maid(1)), sent(out, SecList.class).stream().map(SecList::maid).toList());
        assertEquals(SessionPhase.CONFIGURING, life.phase());
    }

    @Test
    void rmaRequestBeforeThePolicyIsDiscardedAndOpensNoWindow() {
        List<Effect> out = negotiator.onRequest(rma, Fixtures.rmaReq(4), T0);
        assertEquals(1, only(out, Effect.Discard.class).size());
        assertTrue(negotiator.deadline().isEmpty());
        assertEquals(SessionPhase.BOOTSTRAP, life.phase());
        assertTrue(negotiator.onTick(T0.plusSeconds(60)).isEmpty(), "no window, no decision");
    }

    @Test
    void settleOpensOnlyWhenNoServerSideAnswerIsOwed() {
        negotiator.onRequest(sma, smaReq(1, propose(GpAttribute.OPEN, GkMecha.STATIC, 0x01), en(0x01, 1), auth(0x01, 1),
            gk(0x01, 1)), T0);
        negotiator.onTick(T0.plusSeconds(5));
        negotiator.settle();
        assertEquals(SessionPhase.CONFIGURING, life.phase());
        sma.moveTo(MemberState.CONFIGURED, T0);
        negotiator.settle();
        assertEquals(SessionPhase.OPEN, life.phase());
    }
}

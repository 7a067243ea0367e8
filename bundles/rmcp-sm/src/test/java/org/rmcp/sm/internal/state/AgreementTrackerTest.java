package org.rmcp.sm.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.sm.internal.state.Fixtures.SID;
import static org.rmcp.sm.internal.state.Fixtures.T0;
import static org.rmcp.sm.internal.state.Fixtures.ans;
import static org.rmcp.sm.internal.state.Fixtures.link;
import static org.rmcp.sm.internal.state.Fixtures.maid;
import static org.rmcp.sm.internal.state.Fixtures.only;
import static org.rmcp.sm.internal.state.Fixtures.sent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.api.AlgorithmType;
import org.rmcp.codec.AuthAttribute;
import org.rmcp.codec.ConEnDecDeliver;
import org.rmcp.codec.GkEnDecDeliver;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.SecAlgReq;
import org.rmcp.codec.SecList;
import org.rmcp.codec.SecReturnCode;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.Protection;
import org.rmcp.sm.api.SecurityPolicy;
import org.rmcp.sm.api.SessionPhase;

/** SECLIST / SECAGANS / SECALGREQ handling, X.603.1 Amd.1 10.1.4 and Table 24. */
class AgreementTrackerTest {
    static final SecurityPolicy POLICY = new SecurityPolicy(GpAttribute.OPEN, GkMecha.STATIC, 0x01,
        AuthAttribute.MEMBERSHIP, 0x01, 0x01, 0x11, 0x01);
    static final int MAX = 2;

    final MemberTable members = new MemberTable();
    final Lifecycle life = new Lifecycle();
    final SessionKeyManager keys = new SessionKeyManager(16, Fixtures.counter(), T0);
    final Evictions evictions = new Evictions(SID, members, keys, life);
    final AgreementTracker tracker = new AgreementTracker(SID,
        new AgreementTracker.Timing(Duration.ofSeconds(5), Duration.ofSeconds(60), MAX),
        Fixtures.limits(GpAttribute.OPEN, Map.of(AlgorithmType.EN_DEC, Set.of(0x11))), evictions);
    final Member sma = members.admit(maid(1), NodeType.SMA, link(1), T0);
    final Member dma = members.admit(maid(2), NodeType.DMA, link(2), T0);
    final Member dma3 = members.admit(maid(3), NodeType.DMA, link(3), T0);
    final Member rma = members.admit(maid(4), NodeType.RMA, link(4), T0);

    AgreementTrackerTest() {
        life.agreeing();
        life.configuring();
    }

    private Member member(NodeType type) {
        return type == NodeType.SMA ? sma : type == NodeType.DMA ? dma : rma;
    }

    @Test
    void secListIsKsProtectedToServerSideAndKtlsToRmas() {
        Effect.Send toDma = (Effect.Send) tracker.send(dma, POLICY, T0).get(0);
        Effect.Send toRma = (Effect.Send) tracker.send(rma, POLICY, T0).get(0);
        assertEquals(Protection.KS, toDma.protection());
        assertEquals(Protection.KTLS, toRma.protection());
        SecList list = (SecList) toRma.message();
        assertEquals(maid(4), list.maid());
        assertEquals(POLICY.toSecList(SID, maid(4)), list);
        assertEquals(MemberState.CONFIGURING, rma.state());
    }

    static Stream<Arguments> table24() {
        return Stream.of(
            Arguments.of(NodeType.DMA, SecReturnCode.OK, MemberState.CONFIGURED, 0, false),
            Arguments.of(NodeType.RMA, SecReturnCode.OK, MemberState.CONFIGURED, 0, false),
            Arguments.of(NodeType.DMA, SecReturnCode.RETRANSMISSION_REQ, MemberState.CONFIGURING, 1, false),
            Arguments.of(NodeType.RMA, SecReturnCode.RETRANSMISSION_REQ, MemberState.CONFIGURING, 1, false),
            Arguments.of(NodeType.DMA, SecReturnCode.ERROR, MemberState.EVICTED, 0, false),
            Arguments.of(NodeType.RMA, SecReturnCode.FAILED_CONFIGURATION, MemberState.EVICTED, 0, false),
            Arguments.of(NodeType.SMA, SecReturnCode.FAILED_CONFIGURATION, MemberState.EVICTED, 0, true),
            Arguments.of(NodeType.SMA, SecReturnCode.ERROR, MemberState.EVICTED, 0, true));
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @MethodSource("table24")
    void secReturnCodes(NodeType type, SecReturnCode code, MemberState after, int resent, boolean sessionFails) {
        Member m = member(type);
        tracker.send(m, POLICY, T0);
        List<Effect> out = tracker.onAnswer(m, ans(type, m.maid().address()[3], code), POLICY, T0);
        assertEquals(after, m.state());
        assertEquals(resent, sent(out, SecList.class).size());
        assertEquals(after == MemberState.EVICTED ? 1 : 0, only(out, Effect.Evict.class).size());
        assertEquals(sessionFails, life.phase() == SessionPhase.FAILED);
        assertEquals(sessionFails ? 1 : 0, only(out, Effect.SessionFailed.class).size());
    }

    @Test
    void retransmissionRequestsAreCappedThenTheMaIsEvicted() {
        tracker.send(rma, POLICY, T0);
        for (int i = 1; i <= MAX; i++) {
            List<Effect> out = tracker.onAnswer(rma, ans(NodeType.RMA, 4, SecReturnCode.RETRANSMISSION_REQ), POLICY, T0);
            assertEquals(1, sent(out, SecList.class).size(), "retransmission " + i);
        }
        List<Effect> out = tracker.onAnswer(rma, ans(NodeType.RMA, 4, SecReturnCode.RETRANSMISSION_REQ), POLICY, T0);
        assertEquals(0, sent(out, SecList.class).size());
        Effect.Evict evict = only(out, Effect.Evict.class).get(0);
        assertEquals(maid(4), evict.maid());
        assertTrue(evict.reason().contains("after 2 SECLIST retransmission(s)"), evict.reason());
        assertEquals(MemberState.EVICTED, rma.state());
    }

    @Test
    void silenceCountsLikeARetransmissionRequest() {
        tracker.send(dma, POLICY, T0);
        assertTrue(tracker.onTick(members.all(), POLICY, T0.plusMillis(4999)).isEmpty());
        Instant t = T0;
        for (int i = 1; i <= MAX; i++) {
            t = t.plusSeconds(5);
            assertEquals(1, sent(tracker.onTick(members.all(), POLICY, t), SecList.class).size(), "timeout " + i);
        }
        List<Effect> out = tracker.onTick(members.all(), POLICY, t.plusSeconds(5));
        assertEquals(MemberState.EVICTED, dma.state());
        assertTrue(only(out, Effect.Evict.class).get(0).reason().startsWith("no SECAGANS in time"));
    }

    @Test
    void evictingADmaRotatesKsForTheRemainingServerSide() {
        tracker.send(dma, POLICY, T0);
        long epoch = keys.current().epoch();
        List<Effect> out = tracker.onAnswer(dma, ans(NodeType.DMA, 2, SecReturnCode.ERROR), POLICY, T0);
        assertEquals(epoch + 1, keys.current().epoch());
        assertEquals(List.of(maid(1), maid(3)), out.stream().filter(e -> e instanceof Effect.Send)
            .map(e -> ((Effect.Send) e).to()).toList());
        assertEquals(2, sent(out, KeyDeliver.class).size());
        Effect.KeyChanged changed = only(out, Effect.KeyChanged.class).get(0);
        assertTrue(changed.rotated());
        assertEquals(keys.current().epoch(), changed.epoch());
        assertEquals(SessionPhase.CONFIGURING, life.phase());
    }

    @Test
    void answerWithoutOutstandingSecListIsDiscarded() {
        List<Effect> out = tracker.onAnswer(dma, ans(NodeType.DMA, 2, SecReturnCode.OK), POLICY, T0);
        assertEquals(1, only(out, Effect.Discard.class).size());
        assertEquals(MemberState.ADMITTED, dma.state());
    }

    @Test
    void secAlgReqProvisionsWhatThePolicySelectedAndTheSmCanDeliver() {
        tracker.send(dma, POLICY, T0);
        SecAlgReq req = new SecAlgReq(NodeType.DMA, SID, maid(2), null, null, new ConEnDecDeliver(0x01),
            new GkEnDecDeliver(0x11), null);
        List<Effect> out = tracker.onAlgRequest(dma, req, POLICY, T0);
        assertEquals(List.of(new Effect.Provision(maid(2), link(2), AlgorithmType.EN_DEC, 0x11)),
            only(out, Effect.Provision.class));
        assertTrue(only(out, Effect.Discard.class).get(0).reason().contains("cannot provision CON_EN_DEC_ID 0x01"));
        assertEquals(MemberState.PROVISIONING, dma.state());
        assertTrue(tracker.onTick(members.all(), POLICY, T0.plusSeconds(59)).isEmpty(), "provisioning gets 60 s");
        assertEquals(1, sent(tracker.onTick(members.all(), POLICY, T0.plusSeconds(60)), SecList.class).size());
    }

    @Test
    void secAlgReqForAnotherCodeThanThePolicysIsDiscarded() {
        tracker.send(rma, POLICY, T0);
        SecAlgReq req = new SecAlgReq(NodeType.RMA, SID, maid(4), null, null, null, new GkEnDecDeliver(0x12), null);
        List<Effect> out = tracker.onAlgRequest(rma, req, POLICY, T0);
        assertTrue(only(out, Effect.Provision.class).isEmpty());
        assertTrue(only(out, Effect.Discard.class).get(0).reason().contains("GK_EN_DEC_ID 0x12 is not the policy's 0x11"));
        assertFalse(rma.state() == MemberState.PROVISIONING);
    }
}

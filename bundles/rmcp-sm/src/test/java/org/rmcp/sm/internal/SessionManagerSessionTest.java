package org.rmcp.sm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.sm.internal.SessionHarness.AGREE;
import static org.rmcp.sm.internal.SessionHarness.PROPOSAL;
import static org.rmcp.sm.internal.state.Fixtures.SID;
import static org.rmcp.sm.internal.state.Fixtures.ans;
import static org.rmcp.sm.internal.state.Fixtures.auth;
import static org.rmcp.sm.internal.state.Fixtures.dmaReq;
import static org.rmcp.sm.internal.state.Fixtures.en;
import static org.rmcp.sm.internal.state.Fixtures.gk;
import static org.rmcp.sm.internal.state.Fixtures.link;
import static org.rmcp.sm.internal.state.Fixtures.maid;
import static org.rmcp.sm.internal.state.Fixtures.only;
import static org.rmcp.sm.internal.state.Fixtures.rmaReq;
import static org.rmcp.sm.internal.state.Fixtures.sent;
import static org.rmcp.sm.internal.state.Fixtures.smaReq;
import static org.rmcp.sm.internal.state.Fixtures.subsReq;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.LeavAns;
import org.rmcp.codec.LeavReq;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecList;
import org.rmcp.codec.SecReturnCode;
import org.rmcp.codec.SubsAns;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.Protection;
import org.rmcp.sm.api.SessionPhase;

/** The SM procedures end to end on a fake clock (X.603.1 Amd.1 10.1.1-10.1.4). */
class SessionManagerSessionTest {
    private final SessionHarness h = new SessionHarness("s1", GpAttribute.OPEN);
    private final List<Effect> all = new ArrayList<>();

    private List<Effect> receive(int n, RmcpMessage m) {
        List<Effect> out = h.receive(n, m);
        all.addAll(out);
        return out;
    }

    private List<Effect> tick(Duration d) {
        List<Effect> out = h.tick(d);
        all.addAll(out);
        return out;
    }

    @Test
    void agreementWaitsForSecurityAgreeTimeThenSendsSecListAndOpens() {
        receive(1, subsReq(NodeType.SMA, 1));
        receive(2, subsReq(NodeType.DMA, 2));
        receive(3, subsReq(NodeType.DMA, 3));
        assertEquals(SessionPhase.BOOTSTRAP, h.session.phase());
        assertTrue(receive(2, dmaReq(2, en(0x11, 1, 0x01, 2), auth(0x01, 1), gk(0x02, 1, 0x01, 2))).isEmpty());
        assertEquals(SessionPhase.AGREEING, h.session.phase());
        tick(Duration.ofMillis(1000));
        receive(1, smaReq(1, PROPOSAL, en(0x01, 1, 0x11, 2), auth(0x01, 1), gk(0x01, 1, 0x02, 2)));
        receive(3, dmaReq(3, en(0x11, 1, 0x01, 3), auth(0x01, 1), gk(0x01, 2, 0x02, 1)));
        assertTrue(tick(Duration.ofMillis(3999)).isEmpty(), "window measured from the first SECAGREQ");
        List<Effect> decided = tick(Duration.ofMillis(1));
        List<SecList> lists = sent(decided, SecList.class);
        assertEquals(List.of(maid(2), maid(1), maid(3)), lists.stream().map(SecList::maid).toList());
        assertTrue(only(decided, Effect.Send.class).stream().allMatch(s -> s.protection() == Protection.KS));
        assertEquals(0x01, lists.get(0).conEnDecAlg().conEnDecId()); // SMA's proposal
        assertEquals(0x11, lists.get(0).gkEnDecAlg().gkEnDecId()); // 2 + 1 + 1 against 1 + 2 + 3
        assertEquals(0x02, lists.get(0).gkMech().gkName()); // 1 + 2 + 1 against 2 + 1 + 2
        assertEquals(SessionPhase.CONFIGURING, h.session.phase());
        receive(1, ans(NodeType.SMA, 1, SecReturnCode.OK));
        receive(2, ans(NodeType.DMA, 2, SecReturnCode.OK));
        assertEquals(SessionPhase.CONFIGURING, h.session.phase());
        receive(3, ans(NodeType.DMA, 3, SecReturnCode.OK));
        assertEquals(SessionPhase.OPEN, h.session.phase());
        assertTrue(h.session.members().stream().allMatch(m -> m.state() == MemberState.CONFIGURED));
    }

    @Test
    void rmaJoinsAfterOpenAndGetsSecListUnderKtlsButNeverKs() {
        h.open(2, 3);
        List<Effect> sub = receive(9, subsReq(NodeType.RMA, 9));
        assertEquals(ResultCode.OK, ((SubsAns) ((Effect.Send) sub.get(0)).message()).result().resultCode());
        List<Effect> agree = receive(9, rmaReq(9));
        Effect.Send s = only(agree, Effect.Send.class).get(0);
        assertEquals(Protection.KTLS, s.protection());
        assertEquals(h.session.policy().orElseThrow().toSecList(SID, maid(9)), s.message());
        receive(9, ans(NodeType.RMA, 9, SecReturnCode.OK));
        tick(SessionHarness.KS_INTERVAL);
        h.effects.clear();
        h.session.rotateKey("test");
        all.addAll(h.effects);
        receive(2, new LeavReq(NodeType.DMA, SID, maid(2)));
        List<Maid> ksRecipients = all.stream().filter(e -> e instanceof Effect.Send
            && ((Effect.Send) e).message() instanceof KeyDeliver).map(e -> ((Effect.Send) e).to()).toList();
        assertFalse(ksRecipients.isEmpty());
        assertFalse(ksRecipients.contains(maid(9)), "an RMA never receives Ks (10.1.1.1)");
    }

    @Test
    void ksHashUpdateAtTheIntervalGoesToSmaAndDmas() {
        h.open(2);
        receive(9, subsReq(NodeType.RMA, 9));
        byte[] before = h.session.sessionKey().key();
        // the interval runs from bootstrap; open() spent Security Agree.time
        assertTrue(tick(SessionHarness.KS_INTERVAL.minus(AGREE).minusSeconds(1)).isEmpty());
        List<Effect> out = tick(Duration.ofSeconds(1));
        assertEquals(List.of(maid(1), maid(2)), only(out, Effect.Send.class).stream().map(Effect.Send::to).toList());
        Effect.KeyChanged changed = only(out, Effect.KeyChanged.class).get(0);
        assertFalse(changed.rotated());
        assertEquals(2, changed.epoch());
        assertFalse(Arrays.equals(before, h.session.sessionKey().key()));
        assertArrayEquals(h.session.sessionKey().key(),
            sent(out, KeyDeliver.class).get(0).keyInfo().keyMaterial().keyData().toByteArray());
    }

    @Test
    void leavingDmaGetsLeavAnsAndTheOthersAFreshKs() {
        h.open(2, 3);
        String fp = h.session.sessionKey().fingerprint();
        List<Effect> out = receive(2, new LeavReq(NodeType.DMA, SID, maid(2)));
        assertEquals(ResultCode.OK, sent(out, LeavAns.class).get(0).result().resultCode());
        assertEquals(List.of(maid(1), maid(3)), sent(out, KeyDeliver.class).stream().map(KeyDeliver::maid).toList());
        assertTrue(only(out, Effect.KeyChanged.class).get(0).rotated());
        assertNotEquals(fp, h.session.sessionKey().fingerprint());
        assertEquals(MemberState.EVICTED, h.session.members().get(1).state());
    }

    @Test
    void noSmaSecAgReqFailsTheSessionAtTheDeadline() {
        receive(2, subsReq(NodeType.DMA, 2));
        receive(2, dmaReq(2, en(0x11, 1), auth(0x01, 1), gk(0x01, 1)));
        List<Effect> out = tick(AGREE);
        assertEquals(SessionPhase.FAILED, h.session.phase());
        assertTrue(only(out, Effect.SessionFailed.class).get(0).reason().startsWith("no SECAGREQ from the SMA"));
        List<Effect.Evict> evicted = only(out, Effect.Evict.class);
        assertEquals(1, evicted.size(), "the waiting DMA is evicted with the session");
        assertTrue(evicted.get(0).reason().startsWith("the session failed: no SECAGREQ"), evicted.get(0).reason());
        assertTrue(h.session.members().stream().allMatch(m -> m.state() == MemberState.EVICTED));
        assertEquals(ResultCode.REJECTED, ((SubsAns) ((Effect.Send) receive(3, subsReq(NodeType.DMA, 3)).get(0))
            .message()).result().resultCode());
    }

    @Test
    void noCandidateFailsTheSessionWithTheItem() {
        receive(1, subsReq(NodeType.SMA, 1));
        receive(2, subsReq(NodeType.DMA, 2));
        receive(1, smaReq(1, PROPOSAL, en(0x01, 1), auth(0x01, 1), gk(0x01, 1)));
        receive(2, dmaReq(2, en(0x02, 1), auth(0x01, 1), gk(0x01, 1)));
        List<Effect> failed = tick(AGREE);
        assertEquals(SessionPhase.FAILED, h.session.phase());
        assertTrue(h.session.failure().orElseThrow().contains("CON_EN_DEC_ID"), h.session.failure().orElseThrow());
        assertEquals(2, only(failed, Effect.Evict.class).size(), "SMA and DMA leave with the session");
        assertEquals(1, only(receive(1, ans(NodeType.SMA, 1, SecReturnCode.OK)), Effect.Discard.class).size());
    }

    @Test
    void closedGroupChecksRegisteredServiceUsers() {
        SessionHarness closed = new SessionHarness("c", GpAttribute.CLOSED);
        closed.open(2);
        assertEquals(1, closed.session.addServiceUsers(List.of("alice".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(1), closed.saves);
        assertEquals(ResultCode.SERV_USER_ID_MISSING, result(closed.receive(9, subsReq(NodeType.RMA, 9))));
        assertEquals(ResultCode.SERV_USER_ID_NOT_RECOGNIZED, result(closed.receive(9, subsReq(NodeType.RMA, 9, "bob"))));
        assertEquals(ResultCode.OK, result(closed.receive(9, subsReq(NodeType.RMA, 9, "alice"))));
        assertEquals(0, closed.session.addServiceUsers(List.of("alice".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(1), closed.saves, "nothing new, nothing saved");
    }

    @Test
    void aDmaCannotSpeakForTheSmaOnItsOwnLinkEvenUnderKs() {
        receive(1, subsReq(NodeType.SMA, 1));
        receive(2, subsReq(NodeType.DMA, 2));
        List<Effect> out = receive(2, new LeavReq(NodeType.SMA, SID, maid(1)));
        assertTrue(only(out, Effect.Discard.class).get(0).reason().contains("TLS session it subscribed on"));
        assertTrue(only(out, Effect.Evict.class).isEmpty());
        assertTrue(h.session.failure().isEmpty(), "the forged LEAVREQ did not end the session");
        assertEquals(2, h.session.members().stream().filter(m -> m.state() != MemberState.EVICTED).count());
    }

    @Test
    void messagesFromStrangersOrTheWrongLinkAreDiscarded() {
        h.open(2);
        receive(9, subsReq(NodeType.RMA, 9));
        assertEquals(1, only(receive(8, rmaReq(8)), Effect.Discard.class).size(), "not a member");
        h.effects.clear();
        h.session.receive(link(7), rmaReq(9));
        assertTrue(only(h.effects, Effect.Discard.class).get(0).reason().contains("TLS session it subscribed on"));
        assertEquals(1, only(receive(2, ans(NodeType.DMA, 2, SecReturnCode.OK)), Effect.Discard.class).size(),
            "no SECLIST outstanding");
        assertTrue(only(receive(2, rmaReq(2)), Effect.Discard.class).get(0).reason().startsWith("NT RMA"));
    }

    @Test
    void operatorRotationDeliversToSmaAndDmasAndAnnouncesTheEpoch() {
        h.open(2);
        h.effects.clear();
        long epoch = h.session.sessionKey().epoch();
        assertEquals(epoch + 1, h.session.rotateKey("test").epoch());
        assertEquals(List.of(maid(1), maid(2)), sent(h.effects, KeyDeliver.class).stream().map(KeyDeliver::maid).toList());
        assertEquals(epoch + 1, only(h.effects, Effect.KeyChanged.class).get(0).epoch());
    }

    @Test
    void lateDmaGetsTheEstablishedPolicyAndRmasStayAdmitted() {
        h.open(2);
        receive(3, subsReq(NodeType.DMA, 3));
        List<Effect> out = receive(3, dmaReq(3, en(0x12, 1), auth(0x02, 1), gk(0x05, 1)));
        assertEquals(h.session.policy().orElseThrow().toSecList(SID, maid(3)), sent(out, SecList.class).get(0));
        assertEquals(SessionPhase.OPEN, h.session.phase());
        assertEquals(ResultCode.OK, result(receive(9, subsReq(NodeType.RMA, 9))));
    }

    private static ResultCode result(List<Effect> out) {
        return ((SubsAns) ((Effect.Send) out.get(0)).message()).result().resultCode();
    }
}

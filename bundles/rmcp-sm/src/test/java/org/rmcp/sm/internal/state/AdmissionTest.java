package org.rmcp.sm.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.sm.internal.state.Fixtures.SID;
import static org.rmcp.sm.internal.state.Fixtures.T0;
import static org.rmcp.sm.internal.state.Fixtures.link;
import static org.rmcp.sm.internal.state.Fixtures.maid;
import static org.rmcp.sm.internal.state.Fixtures.sent;
import static org.rmcp.sm.internal.state.Fixtures.subsReq;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.KeyType;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.SubsAns;
import org.rmcp.codec.SubsReq;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.Protection;

/** SUBSREQ to SUBSANS per node type, X.603.1 Amd.1 10.1.1.2-10.1.1.5 and Table 23. */
class AdmissionTest {
    /** A session at some point of its life, with "alice" registered as a service user. */
    static final class Ctx {
        final MemberTable members = new MemberTable();
        final Lifecycle life = new Lifecycle();
        final ServiceUserRegistry users = ServiceUserRegistry.create(Fixtures.counter());
        final SessionKeyManager keys = new SessionKeyManager(16, Fixtures.counter(), T0);
        final Admission admission = new Admission(SID, members, users, keys, life);

        Ctx() {
            users.add("alice".getBytes(StandardCharsets.UTF_8));
        }

        List<Effect> subscribe(SubsReq req, GpAttribute group) {
            return admission.onSubsReq(link(req.maid().port() + 100), req, group, T0);
        }

        void open() {
            life.agreeing();
            life.configuring();
            life.open();
        }
    }

    record Row(String name, Consumer<Ctx> before, GpAttribute group, SubsReq req, ResultCode code, boolean ks) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Consumer<Ctx> NEW = c -> { };
    private static final Consumer<Ctx> WITH_SMA = c -> c.subscribe(subsReq(NodeType.SMA, 1), GpAttribute.OPEN);
    private static final Consumer<Ctx> OPEN = c -> {
        WITH_SMA.accept(c);
        c.open();
    };

    static Stream<Arguments> table() {
        return Stream.of(
            new Row("first SMA is admitted and gets Ks", NEW, GpAttribute.OPEN, subsReq(NodeType.SMA, 1), ResultCode.OK, true),
            new Row("a second SMA is rejected", WITH_SMA, GpAttribute.OPEN, subsReq(NodeType.SMA, 2), ResultCode.REJECTED, false),
            new Row("the same MAID twice is rejected", WITH_SMA, GpAttribute.OPEN, subsReq(NodeType.DMA, 1),
                ResultCode.REJECTED, false),
            new Row("a DMA before the SMA is admitted (Ks exists from bootstrap)", NEW, GpAttribute.OPEN,
                subsReq(NodeType.DMA, 2), ResultCode.OK, true),
            new Row("a DMA after the SMA gets Ks", WITH_SMA, GpAttribute.CLOSED, subsReq(NodeType.DMA, 2), ResultCode.OK, true),
            new Row("a DMA joining an open session gets Ks", OPEN, GpAttribute.OPEN, subsReq(NodeType.DMA, 2), ResultCode.OK, true),
            new Row("an RMA before the policy is rejected", WITH_SMA, GpAttribute.OPEN, subsReq(NodeType.RMA, 3),
                ResultCode.REJECTED, false),
            new Row("an RMA while SMA and DMAs configure is rejected", c -> {
                WITH_SMA.accept(c);
                c.life.agreeing();
                c.life.configuring();
            }, GpAttribute.OPEN, subsReq(NodeType.RMA, 3), ResultCode.REJECTED, false),
            new Row("an RMA in an open group is admitted without Ks", OPEN, GpAttribute.OPEN, subsReq(NodeType.RMA, 3),
                ResultCode.OK, false),
            new Row("an RMA in an open group may carry an identifier", OPEN, GpAttribute.OPEN,
                subsReq(NodeType.RMA, 3, "bob"), ResultCode.OK, false),
            new Row("closed group, no SERV_USER_IDENT: 0x41", OPEN, GpAttribute.CLOSED, subsReq(NodeType.RMA, 3),
                ResultCode.SERV_USER_ID_MISSING, false),
            new Row("closed group, unknown SERV_USER_ID: 0x42", OPEN, GpAttribute.CLOSED, subsReq(NodeType.RMA, 3, "bob"),
                ResultCode.SERV_USER_ID_NOT_RECOGNIZED, false),
            new Row("closed group, registered SERV_USER_ID", OPEN, GpAttribute.CLOSED, subsReq(NodeType.RMA, 3, "alice"),
                ResultCode.OK, false),
            new Row("another Session ID is rejected", NEW, GpAttribute.OPEN,
                new SubsReq(NodeType.SMA, SID + 1, maid(1), null), ResultCode.REJECTED, false),
            new Row("a failed session admits nobody", c -> c.life.fail("test"), GpAttribute.OPEN, subsReq(NodeType.DMA, 2),
                ResultCode.REJECTED, false)).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void subscription(Row row) {
        Ctx c = new Ctx();
        row.before().accept(c);
        int before = c.members.all().size();
        List<Effect> out = c.subscribe(row.req(), row.group());
        Effect.Send first = (Effect.Send) out.get(0);
        SubsAns ans = (SubsAns) first.message();
        assertEquals(row.code(), ans.result().resultCode());
        assertEquals(NodeType.SM, ans.nodeType());
        assertEquals(row.req().maid(), ans.maid());
        assertEquals(SID, ans.sessionId());
        assertEquals(Protection.KTLS, first.protection());
        List<KeyDeliver> ks = sent(out, KeyDeliver.class);
        assertEquals(row.ks() ? 1 : 0, ks.size());
        ks.forEach(k -> assertEquals(KeyType.KS, k.keyInfo().keyType()));
        if (row.code() == ResultCode.OK) {
            assertEquals(first.link(), c.members.active(row.req().maid()).orElseThrow().link());
            assertEquals(row.req().nodeType(), c.members.active(row.req().maid()).orElseThrow().nodeType());
        } else {
            assertEquals(before, c.members.all().size(), "a rejected MA is not added");
        }
    }

    @Test
    void probeListNamesTheSmaAndDmas() {
        Ctx c = new Ctx();
        assertNull(answer(c.subscribe(subsReq(NodeType.SMA, 1), GpAttribute.OPEN)).maidList());
        SubsAns dma2 = answer(c.subscribe(subsReq(NodeType.DMA, 2), GpAttribute.OPEN));
        SubsAns dma3 = answer(c.subscribe(subsReq(NodeType.DMA, 3), GpAttribute.OPEN));
        assertEquals(List.of(maid(1)), dma2.maidList().maid());
        assertEquals(List.of(maid(1), maid(2)), dma3.maidList().maid());
        c.open();
        SubsAns rma = answer(c.subscribe(subsReq(NodeType.RMA, 4), GpAttribute.OPEN));
        assertEquals(List.of(maid(2), maid(3)), rma.maidList().maid());
    }

    @Test
    void rmaWithoutDmasProbesTheSma() {
        Ctx c = new Ctx();
        c.subscribe(subsReq(NodeType.SMA, 1), GpAttribute.OPEN);
        c.open();
        SubsAns rma = answer(c.subscribe(subsReq(NodeType.RMA, 4), GpAttribute.OPEN));
        assertEquals(List.of(maid(1)), rma.maidList().maid());
        assertTrue(c.members.active(maid(4)).isPresent());
    }

    @Test
    void evictedMaidMaySubscribeAgain() {
        Ctx c = new Ctx();
        c.subscribe(subsReq(NodeType.DMA, 2), GpAttribute.OPEN);
        Maid m = maid(2);
        c.members.active(m).orElseThrow().moveTo(MemberState.EVICTED, T0);
        assertEquals(ResultCode.OK, answer(c.subscribe(subsReq(NodeType.DMA, 2), GpAttribute.OPEN)).result().resultCode());
    }

    @Test
    void onlyTheMostRecentEvictedRowsAreKeptSoChurnDoesNotGrowTheTable() {
        Ctx c = new Ctx();
        c.open();
        int churn = MemberTable.MAX_EVICTED + 50;
        for (int i = 0; i < churn; i++) {
            c.subscribe(new SubsReq(NodeType.RMA, SID, rma(i), null), GpAttribute.OPEN);
            c.members.active(rma(i)).orElseThrow().moveTo(MemberState.EVICTED, T0);
        }
        c.subscribe(new SubsReq(NodeType.RMA, SID, rma(churn), null), GpAttribute.OPEN);
        List<Member> all = c.members.all();
        assertEquals(1 + MemberTable.MAX_EVICTED, all.size(), "the new RMA and the cap of evicted rows");
        assertTrue(all.stream().noneMatch(m -> m.maid().equals(rma(0))), "the oldest evicted row is gone");
        assertTrue(all.stream().anyMatch(m -> m.maid().equals(rma(churn - 1))), "the newest evicted row stays");
    }

    private static Maid rma(int i) {
        return Maid.of(new byte[] {10, 1, (byte) (i >> 8), (byte) i}, 9000);
    }

    private static SubsAns answer(List<Effect> out) {
        return (SubsAns) ((Effect.Send) out.get(0)).message();
    }
}

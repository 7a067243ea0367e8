package org.rmcp.ma.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.ma.internal.state.Fixtures.MAID;
import static org.rmcp.ma.internal.state.Fixtures.SID;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.codec.Maid;
import org.rmcp.codec.MaidList;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Octets;
import org.rmcp.codec.Result;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.SubsAns;
import org.rmcp.codec.SubsReq;

/** SUBSREQ per role and the meaning of each SUBSANS RESULT_CODE (X.603.1 Amd.1 10.1.1, Table 23). */
class SubscriberTest {
    @ParameterizedTest
    @EnumSource(value = NodeType.class, names = {"SMA", "DMA", "RMA"})
    void requestsForItsRole(NodeType role) {
        SubsReq req = new Subscriber(Fixtures.config(role)).request();
        assertEquals(role, req.nodeType());
        assertEquals(SID, req.sessionId());
        assertEquals(MAID, req.maid());
        assertNull(req.servUserIdent());
    }

    @Test
    void aClosedGroupRmaSendsItsServiceUserIdentifier() {
        SubsReq req = new Subscriber(Fixtures.closedRma(new byte[] {1, 2, 3})).request();
        assertEquals(Octets.of(new byte[] {1, 2, 3}), req.servUserIdent().servUserId());
    }

    static Stream<Arguments> answers() {
        return Stream.of(
            Arguments.of(ResultCode.OK, Subscriber.Status.ADMITTED, true),
            Arguments.of(ResultCode.SERV_USER_ID_MISSING, Subscriber.Status.SERV_USER_ID_MISSING, false),
            Arguments.of(ResultCode.SERV_USER_ID_NOT_RECOGNIZED, Subscriber.Status.SERV_USER_ID_NOT_RECOGNIZED, false),
            Arguments.of(ResultCode.REJECTED, Subscriber.Status.REJECTED, false),
            Arguments.of(ResultCode.NOT_AUTHORIZED, Subscriber.Status.REJECTED, false),
            Arguments.of(ResultCode.NO_RESOURCES, Subscriber.Status.REJECTED, false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("answers")
    void answerMeansOutcome(ResultCode code, Subscriber.Status status, boolean subscribed) {
        Subscriber s = new Subscriber(Fixtures.config(NodeType.DMA));
        s.request();
        Subscriber.Outcome o = s.onAnswer(new SubsAns(NodeType.SM, SID, MAID, new Result(code), null));
        assertEquals(status, o.status(), o.reason());
        assertEquals(code, o.code());
        assertEquals(subscribed, s.subscribed());
    }

    @Test
    void admittedWithAProbeList() {
        Subscriber s = new Subscriber(Fixtures.config(NodeType.RMA));
        s.request();
        Maid peer = Maid.parse("10.0.0.9:6000");
        Subscriber.Outcome o = s.onAnswer(new SubsAns(NodeType.SM, SID, MAID, new Result(ResultCode.OK),
            new MaidList(List.of(peer))));
        assertEquals(List.of(peer), o.probe());
    }

    static Stream<Arguments> ignored() {
        SubsAns ok = new SubsAns(NodeType.SM, SID, MAID, new Result(ResultCode.OK), null);
        return Stream.of(
            Arguments.of("no request", false, ok),
            Arguments.of("other MAID", true, new SubsAns(NodeType.SM, SID, Maid.parse("10.0.0.8:7000"),
                new Result(ResultCode.OK), null)),
            Arguments.of("other session", true, new SubsAns(NodeType.SM, SID + 1, MAID, new Result(ResultCode.OK), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ignored")
    void ignoresAnswersNotForIt(String label, boolean requested, SubsAns ans) {
        Subscriber s = new Subscriber(Fixtures.config(NodeType.DMA));
        if (requested) {
            s.request();
        }
        assertEquals(Subscriber.Status.IGNORED, s.onAnswer(ans).status());
        assertFalse(s.subscribed());
    }

    @Test
    void aSecondOkIsIgnored() {
        Subscriber s = new Subscriber(Fixtures.config(NodeType.DMA));
        s.request();
        SubsAns ok = new SubsAns(NodeType.SM, SID, MAID, new Result(ResultCode.OK), null);
        assertEquals(Subscriber.Status.ADMITTED, s.onAnswer(ok).status());
        assertEquals(Subscriber.Status.IGNORED, s.onAnswer(ok).status());
        assertTrue(s.subscribed());
    }
}

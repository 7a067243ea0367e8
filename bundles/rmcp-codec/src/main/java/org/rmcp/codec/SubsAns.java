package org.rmcp.codec;

import java.util.List;

/**
 * SUBSANS: the SM's answer to SUBSREQ (X.603.1 Amd.1 11.2.2; result codes include Table 23).
 * Our layout (docs/spec-notes.md): RESULT, then optionally the MAIDs of MAs to probe (10.2.4).
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param result RESULT
 * @param maidList MAID_LIST (may be null)
 * @since 1.0
 */
public record SubsAns(NodeType nodeType, long sessionId, Maid maid, Result result,
        MaidList maidList) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.RESULT,
        ControlRules.Card.OPTIONAL, ControlType.MAID_LIST);

    /** Checks the issuer and the controls against the clause. */
    public SubsAns {
        Checks.header(MessageType.SUBSANS, nodeType, maid);
        Checks.present("RESULT", result);
    }

    @Override
    public MessageType messageType() {
        return MessageType.SUBSANS;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(result, maidList);
    }

    static SubsAns decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.SUBSANS);
        return new SubsAns(h.nodeType(), h.sessionId(), h.maid(),
                c.one(Result.class, ControlType.RESULT),
                c.one(MaidList.class, ControlType.MAID_LIST));
    }
}

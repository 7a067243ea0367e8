package org.rmcp.codec;

import java.util.List;

/**
 * LEAVANS: the answer to LEAVREQ (X.603.1 Amd.1 10.2.5). Our layout (docs/spec-notes.md): RESULT.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param result RESULT
 * @since 1.0
 */
public record LeavAns(NodeType nodeType, long sessionId, Maid maid, Result result) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.RESULT);

    /** Checks the issuer and the controls against the clause. */
    public LeavAns {
        Checks.header(MessageType.LEAVANS, nodeType, maid);
        Checks.present("RESULT", result);
    }

    @Override
    public MessageType messageType() {
        return MessageType.LEAVANS;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(result);
    }

    static LeavAns decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.LEAVANS);
        return new LeavAns(h.nodeType(), h.sessionId(), h.maid(),
                c.one(Result.class, ControlType.RESULT));
    }
}

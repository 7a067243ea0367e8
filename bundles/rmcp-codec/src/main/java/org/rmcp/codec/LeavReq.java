package org.rmcp.codec;

import java.util.List;

/**
 * LEAVREQ: a node leaves, or is expelled from, the tree or session (X.603.1 Amd.1 10.2.5). Our
 * layout (docs/spec-notes.md): header only.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @since 1.0
 */
public record LeavReq(NodeType nodeType, long sessionId, Maid maid) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.NONE;

    /** Checks the issuer and the controls against the clause. */
    public LeavReq {
        Checks.header(MessageType.LEAVREQ, nodeType, maid);
    }

    @Override
    public MessageType messageType() {
        return MessageType.LEAVREQ;
    }

    @Override
    public List<Control> controls() {
        return List.of();
    }

    static LeavReq decode(Header h, WireReader r) {
        ControlSet.read(r, RULES, MessageType.LEAVREQ);
        return new LeavReq(h.nodeType(), h.sessionId(), h.maid());
    }
}

package org.rmcp.codec;

import java.util.List;

/**
 * STCOLREQ: a status collect request sent down the tree (X.603.1 Amd.1 Table 11). Our layout
 * (docs/spec-notes.md): header only.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @since 1.0
 */
public record StColReq(NodeType nodeType, long sessionId, Maid maid) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.NONE;

    /** Checks the issuer and the controls against the clause. */
    public StColReq {
        Checks.header(MessageType.STCOLREQ, nodeType, maid);
    }

    @Override
    public MessageType messageType() {
        return MessageType.STCOLREQ;
    }

    @Override
    public List<Control> controls() {
        return List.of();
    }

    static StColReq decode(Header h, WireReader r) {
        ControlSet.read(r, RULES, MessageType.STCOLREQ);
        return new StColReq(h.nodeType(), h.sessionId(), h.maid());
    }
}

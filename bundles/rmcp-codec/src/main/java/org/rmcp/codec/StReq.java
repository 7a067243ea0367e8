package org.rmcp.codec;

import java.util.List;

/**
 * STREQ: the SM asks an MA for a status report (X.603.1 Amd.1 Table 11). Our layout
 * (docs/spec-notes.md): header only.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @since 1.0
 */
public record StReq(NodeType nodeType, long sessionId, Maid maid) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.NONE;

    /** Checks the issuer and the controls against the clause. */
    public StReq {
        Checks.header(MessageType.STREQ, nodeType, maid);
    }

    @Override
    public MessageType messageType() {
        return MessageType.STREQ;
    }

    @Override
    public List<Control> controls() {
        return List.of();
    }

    static StReq decode(Header h, WireReader r) {
        ControlSet.read(r, RULES, MessageType.STREQ);
        return new StReq(h.nodeType(), h.sessionId(), h.maid());
    }
}

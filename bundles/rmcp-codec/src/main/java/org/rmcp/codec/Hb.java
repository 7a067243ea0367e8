package org.rmcp.codec;

import java.util.List;

/**
 * HB: heartbeat between tree neighbours (X.603.1 Amd.1 Table 11). Our layout
 * (docs/spec-notes.md): header only.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @since 1.0
 */
public record Hb(NodeType nodeType, long sessionId, Maid maid) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.NONE;

    /** Checks the issuer and the controls against the clause. */
    public Hb {
        Checks.header(MessageType.HB, nodeType, maid);
    }

    @Override
    public MessageType messageType() {
        return MessageType.HB;
    }

    @Override
    public List<Control> controls() {
        return List.of();
    }

    static Hb decode(Header h, WireReader r) {
        ControlSet.read(r, RULES, MessageType.HB);
        return new Hb(h.nodeType(), h.sessionId(), h.maid());
    }
}

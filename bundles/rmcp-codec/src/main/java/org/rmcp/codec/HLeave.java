package org.rmcp.codec;

import java.util.List;

/**
 * HLEAVE: an HMA leaves its multicast-enabled MM group (X.603.1 Amd.1 10.2.5.2). Our layout
 * (docs/spec-notes.md): header only.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @since 1.0
 */
public record HLeave(NodeType nodeType, long sessionId, Maid maid) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.NONE;

    /** Checks the issuer and the controls against the clause. */
    public HLeave {
        Checks.header(MessageType.HLEAVE, nodeType, maid);
    }

    @Override
    public MessageType messageType() {
        return MessageType.HLEAVE;
    }

    @Override
    public List<Control> controls() {
        return List.of();
    }

    static HLeave decode(Header h, WireReader r) {
        ControlSet.read(r, RULES, MessageType.HLEAVE);
        return new HLeave(h.nodeType(), h.sessionId(), h.maid());
    }
}

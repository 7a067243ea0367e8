package org.rmcp.codec;

import java.util.List;

/**
 * HSOLICIT: an MA asks for the HMA of its multicast-enabled area (X.603.1 Amd.1 10.2.5.2).
 * Our layout (docs/spec-notes.md): header only.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @since 1.0
 */
public record HSolicit(NodeType nodeType, long sessionId, Maid maid) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.NONE;

    /** Checks the issuer and the controls against the clause. */
    public HSolicit {
        Checks.header(MessageType.HSOLICIT, nodeType, maid);
    }

    @Override
    public MessageType messageType() {
        return MessageType.HSOLICIT;
    }

    @Override
    public List<Control> controls() {
        return List.of();
    }

    static HSolicit decode(Header h, WireReader r) {
        ControlSet.read(r, RULES, MessageType.HSOLICIT);
        return new HSolicit(h.nodeType(), h.sessionId(), h.maid());
    }
}

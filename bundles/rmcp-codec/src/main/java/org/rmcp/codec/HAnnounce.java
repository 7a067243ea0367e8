package org.rmcp.codec;

import java.util.List;

/**
 * HANNOUNCE: an HMA (a DMA in secure RMCP-2) announces itself to its MM group (X.603.1 Amd.1
 * 10.2.5.2). Our layout (docs/spec-notes.md): the group's MCAST_ADDR.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param mcastAddr MCAST_ADDR
 * @since 1.0
 */
public record HAnnounce(NodeType nodeType, long sessionId, Maid maid, McastAddr mcastAddr) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.MCAST_ADDR);

    /** Checks the issuer and the controls against the clause. */
    public HAnnounce {
        Checks.header(MessageType.HANNOUNCE, nodeType, maid);
        Checks.present("MCAST_ADDR", mcastAddr);
    }

    @Override
    public MessageType messageType() {
        return MessageType.HANNOUNCE;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(mcastAddr);
    }

    static HAnnounce decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.HANNOUNCE);
        return new HAnnounce(h.nodeType(), h.sessionId(), h.maid(),
                c.one(McastAddr.class, ControlType.MCAST_ADDR));
    }
}

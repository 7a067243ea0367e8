package org.rmcp.codec;

import java.util.List;

/**
 * TERMREQ: the SM terminates the session (X.603.1 Amd.1 Table 11). Our layout
 * (docs/spec-notes.md): optionally the HASHED_KTLS Table 11 requires towards an RMA.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param hashedKtls HASHED_KTLS (may be null)
 * @since 1.0
 */
public record TermReq(NodeType nodeType, long sessionId, Maid maid, HashedKtls hashedKtls) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.OPTIONAL, ControlType.HASHED_KTLS);

    /** Checks the issuer and the controls against the clause. */
    public TermReq {
        Checks.header(MessageType.TERMREQ, nodeType, maid);
    }

    @Override
    public MessageType messageType() {
        return MessageType.TERMREQ;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(hashedKtls);
    }

    static TermReq decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.TERMREQ);
        return new TermReq(h.nodeType(), h.sessionId(), h.maid(),
                c.one(HashedKtls.class, ControlType.HASHED_KTLS));
    }
}

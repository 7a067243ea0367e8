package org.rmcp.codec;

import java.util.List;

/**
 * TERMANS: an MA acknowledges TERMREQ (X.603.1 Amd.1 Table 11). Our layout
 * (docs/spec-notes.md): RESULT and optionally HASHED_KTLS.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param result RESULT
 * @param hashedKtls HASHED_KTLS (may be null)
 * @since 1.0
 */
public record TermAns(NodeType nodeType, long sessionId, Maid maid, Result result,
        HashedKtls hashedKtls) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.RESULT,
        ControlRules.Card.OPTIONAL, ControlType.HASHED_KTLS);

    /** Checks the issuer and the controls against the clause. */
    public TermAns {
        Checks.header(MessageType.TERMANS, nodeType, maid);
        Checks.present("RESULT", result);
    }

    @Override
    public MessageType messageType() {
        return MessageType.TERMANS;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(result, hashedKtls);
    }

    static TermAns decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.TERMANS);
        return new TermAns(h.nodeType(), h.sessionId(), h.maid(),
                c.one(Result.class, ControlType.RESULT),
                c.one(HashedKtls.class, ControlType.HASHED_KTLS));
    }
}

package org.rmcp.codec;

import java.util.List;

/**
 * SECAGANS, X.603.1 Amd.1 11.2.8 (Figure 125): an MA acknowledges the configured policy. MAID: the
 * sender's. SEC_RETURN is mandatory.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param secReturn SEC_RETURN
 * @since 1.0
 */
public record SecAgAns(NodeType nodeType, long sessionId, Maid maid, SecReturn secReturn) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.SEC_RETURN);

    /** Checks the issuer and the controls against the clause. */
    public SecAgAns {
        Checks.header(MessageType.SECAGANS, nodeType, maid);
        Checks.present("SEC_RETURN", secReturn);
    }

    @Override
    public MessageType messageType() {
        return MessageType.SECAGANS;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(secReturn);
    }

    static SecAgAns decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.SECAGANS);
        return new SecAgAns(h.nodeType(), h.sessionId(), h.maid(),
                c.one(SecReturn.class, ControlType.SEC_RETURN));
    }
}

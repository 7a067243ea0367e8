package org.rmcp.codec;

import java.util.List;

/**
 * RELANS, X.603.1 Amd.1 11.2.4: the parent's answer with AUTH_ANS (mandatory; KEY_MATERIAL
 * carries Kg to an RMA). MEM_AUTH_DATA carries Annex E pass 2 (our choice, docs/spec-notes.md).
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param authAns AUTH_ANS
 * @param memAuthData MEM_AUTH_DATA (may be null)
 * @since 1.0
 */
public record RelAns(NodeType nodeType, long sessionId, Maid maid, AuthAns authAns,
        MemAuthData memAuthData) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.AUTH_ANS,
        ControlRules.Card.OPTIONAL, ControlType.MEM_AUTH_DATA);

    /** Checks the issuer and the controls against the clause. */
    public RelAns {
        Checks.header(MessageType.RELANS, nodeType, maid);
        Checks.present("AUTH_ANS", authAns);
    }

    @Override
    public MessageType messageType() {
        return MessageType.RELANS;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(authAns, memAuthData);
    }

    static RelAns decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.RELANS);
        return new RelAns(h.nodeType(), h.sessionId(), h.maid(),
                c.one(AuthAns.class, ControlType.AUTH_ANS),
                c.one(MemAuthData.class, ControlType.MEM_AUTH_DATA));
    }
}

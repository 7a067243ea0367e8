package org.rmcp.codec;

import java.util.List;

/**
 * SECLIST, X.603.1 Amd.1 11.2.6 (Figure 113): the SM's selected security policy. MAID: the
 * recipient's. All five controls are mandatory.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param gkMech GK_MECH
 * @param authMech AUTH_MECH
 * @param conEnDecAlg CON_EN_DEC_ALG
 * @param gkEnDecAlg GK_EN_DEC_ALG
 * @param authAlg AUTH_ALG
 * @since 1.0
 */
public record SecList(NodeType nodeType, long sessionId, Maid maid, GkMech gkMech, AuthMech authMech,
        ConEnDecAlg conEnDecAlg, GkEnDecAlg gkEnDecAlg, AuthAlg authAlg) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.GK_MECH, ControlRules.Card.ONE,
        ControlType.AUTH_MECH, ControlRules.Card.ONE, ControlType.CON_EN_DEC_ALG, ControlRules.Card.ONE,
        ControlType.GK_EN_DEC_ALG, ControlRules.Card.ONE, ControlType.AUTH_ALG);

    /** Checks the issuer and the controls against the clause. */
    public SecList {
        Checks.header(MessageType.SECLIST, nodeType, maid);
        Checks.present("GK_MECH", gkMech);
        Checks.present("AUTH_MECH", authMech);
        Checks.present("CON_EN_DEC_ALG", conEnDecAlg);
        Checks.present("GK_EN_DEC_ALG", gkEnDecAlg);
        Checks.present("AUTH_ALG", authAlg);
    }

    @Override
    public MessageType messageType() {
        return MessageType.SECLIST;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(gkMech, authMech, conEnDecAlg, gkEnDecAlg, authAlg);
    }

    static SecList decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.SECLIST);
        return new SecList(h.nodeType(), h.sessionId(), h.maid(),
                c.one(GkMech.class, ControlType.GK_MECH),
                c.one(AuthMech.class, ControlType.AUTH_MECH),
                c.one(ConEnDecAlg.class, ControlType.CON_EN_DEC_ALG),
                c.one(GkEnDecAlg.class, ControlType.GK_EN_DEC_ALG),
                c.one(AuthAlg.class, ControlType.AUTH_ALG));
    }
}

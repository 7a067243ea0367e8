package org.rmcp.codec;

import java.util.List;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * SECALGREQ, X.603.1 Amd.1 11.2.7 (Figure 119): an MA asks the SM for the modules of the policy it
 * does not hold. MAID: the sender's. Each *_DELIVER control at most once; our choice: at least one
 * (docs/spec-notes.md).
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param gkMechDeliver GK_MECH_DELIVER (may be null)
 * @param authMechDeliver AUTH_MECH_DELIVER (may be null)
 * @param conEnDecDeliver CON_EN_DEC_DELIVER (may be null)
 * @param gkEnDecDeliver GK_EN_DEC_DELIVER (may be null)
 * @param authAlgDeliver AUTH_ALG_DELIVER (may be null)
 * @since 1.0
 */
public record SecAlgReq(NodeType nodeType, long sessionId, Maid maid, GkMechDeliver gkMechDeliver,
        AuthMechDeliver authMechDeliver, ConEnDecDeliver conEnDecDeliver, GkEnDecDeliver gkEnDecDeliver,
        AuthAlgDeliver authAlgDeliver) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.OPTIONAL, ControlType.GK_MECH_DELIVER,
        ControlRules.Card.OPTIONAL, ControlType.AUTH_MECH_DELIVER, ControlRules.Card.OPTIONAL,
        ControlType.CON_EN_DEC_DELIVER, ControlRules.Card.OPTIONAL, ControlType.GK_EN_DEC_DELIVER,
        ControlRules.Card.OPTIONAL, ControlType.AUTH_ALG_DELIVER);

    /** Checks the issuer and the controls against the clause. */
    public SecAlgReq {
        Checks.header(MessageType.SECALGREQ, nodeType, maid);
        if (gkMechDeliver == null && authMechDeliver == null && conEnDecDeliver == null && gkEnDecDeliver == null
                && authAlgDeliver == null) {
            throw new IllegalArgumentException("SECALGREQ asks for at least one module");
        }
    }

    @Override
    public MessageType messageType() {
        return MessageType.SECALGREQ;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(gkMechDeliver, authMechDeliver, conEnDecDeliver, gkEnDecDeliver, authAlgDeliver);
    }

    static SecAlgReq decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.SECALGREQ);
        if (c.isEmpty()) {
            throw r.failControl(Reason.MISSING_CONTROL, "*_DELIVER", r.offset(),
                    "SECALGREQ asks for at least one module");
        }
        return new SecAlgReq(h.nodeType(), h.sessionId(), h.maid(),
                c.one(GkMechDeliver.class, ControlType.GK_MECH_DELIVER),
                c.one(AuthMechDeliver.class, ControlType.AUTH_MECH_DELIVER),
                c.one(ConEnDecDeliver.class, ControlType.CON_EN_DEC_DELIVER),
                c.one(GkEnDecDeliver.class, ControlType.GK_EN_DEC_DELIVER),
                c.one(AuthAlgDeliver.class, ControlType.AUTH_ALG_DELIVER));
    }
}

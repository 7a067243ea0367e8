package org.rmcp.codec;

import java.util.List;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * SECAGREQ, X.603.1 Amd.1 11.2.5 (Figure 108): a security agreement request. MAID: the sender's
 * proposed MAID. SMA_PROPOSE is present exactly when the SMA sends it; the *_CAPAB controls may repeat
 * and are not sent by an RMA.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param smaPropose SMA_PROPOSE (may be null)
 * @param gkMechCapab GK_MECH_CAPAB (may be empty)
 * @param enDecCapab EN_DEC_CAPAB (may be empty)
 * @param authAlgCapab AUTH_ALG_CAPAB (may be empty)
 * @since 1.0
 */
public record SecAgReq(NodeType nodeType, long sessionId, Maid maid, SmaPropose smaPropose,
        List<GkMechCapab> gkMechCapab, List<EnDecCapab> enDecCapab,
        List<AuthAlgCapab> authAlgCapab) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.OPTIONAL, ControlType.SMA_PROPOSE,
        ControlRules.Card.MANY, ControlType.GK_MECH_CAPAB, ControlRules.Card.MANY, ControlType.EN_DEC_CAPAB,
        ControlRules.Card.MANY, ControlType.AUTH_ALG_CAPAB);

    /** Checks the issuer and the controls against the clause. */
    public SecAgReq {
        Checks.header(MessageType.SECAGREQ, nodeType, maid);
        gkMechCapab = List.copyOf(Checks.present("GK_MECH_CAPAB", gkMechCapab));
        enDecCapab = List.copyOf(Checks.present("EN_DEC_CAPAB", enDecCapab));
        authAlgCapab = List.copyOf(Checks.present("AUTH_ALG_CAPAB", authAlgCapab));
        if ((smaPropose != null) != (nodeType == NodeType.SMA)) {
            throw new IllegalArgumentException("SMA_PROPOSE is sent by, and only by, the SMA (11.2.5.1 g)");
        }
        if (nodeType == NodeType.RMA && !(gkMechCapab.isEmpty() && enDecCapab.isEmpty() && authAlgCapab.isEmpty())) {
            throw new IllegalArgumentException("an RMA sends no *_CAPAB control (11.2.5.1 g)");
        }
    }

    @Override
    public MessageType messageType() {
        return MessageType.SECAGREQ;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(smaPropose, gkMechCapab, enDecCapab, authAlgCapab);
    }

    static SecAgReq decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.SECAGREQ);
        boolean sma = h.nodeType() == NodeType.SMA;
        if (sma && !c.has(ControlType.SMA_PROPOSE)) {
            throw r.failControl(Reason.MISSING_CONTROL, "SMA_PROPOSE", r.offset(),
                    "mandatory from the SMA (11.2.5.1 g)");
        }
        if (!sma && c.has(ControlType.SMA_PROPOSE)) {
            throw r.failControl(Reason.NOT_ALLOWED, "SMA_PROPOSE", c.offsetOf(ControlType.SMA_PROPOSE),
                    "only the SMA sends it (11.2.5.1 g)");
        }
        if (h.nodeType() == NodeType.RMA) {
            for (ControlType t : new ControlType[] {ControlType.GK_MECH_CAPAB, ControlType.EN_DEC_CAPAB,
                ControlType.AUTH_ALG_CAPAB}) {
                if (c.has(t)) {
                    throw r.failControl(Reason.NOT_ALLOWED, t.name(), c.offsetOf(t), "an RMA sends none (11.2.5.1 g)");
                }
            }
        }
        return new SecAgReq(h.nodeType(), h.sessionId(), h.maid(),
                c.one(SmaPropose.class, ControlType.SMA_PROPOSE),
                c.all(GkMechCapab.class, ControlType.GK_MECH_CAPAB),
                c.all(EnDecCapab.class, ControlType.EN_DEC_CAPAB),
                c.all(AuthAlgCapab.class, ControlType.AUTH_ALG_CAPAB));
    }
}

package org.rmcp.codec;

import java.util.List;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * SUBSREQ, X.603.1 Amd.1 11.2.1: an MA subscribes to the session with the SM after TLS
 * authentication (10.1.1). MAID: the sender's proposed MAID. SERV_USER_IDENT only from an RMA joining
 * a closed group (10.1.1.5).
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param servUserIdent SERV_USER_IDENT (may be null)
 * @since 1.0
 */
public record SubsReq(NodeType nodeType, long sessionId, Maid maid,
        ServUserIdent servUserIdent) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.OPTIONAL, ControlType.SERV_USER_IDENT);

    /** Checks the issuer and the controls against the clause. */
    public SubsReq {
        Checks.header(MessageType.SUBSREQ, nodeType, maid);
        if (servUserIdent != null && nodeType != NodeType.RMA) {
            throw new IllegalArgumentException("SERV_USER_IDENT is only sent by an RMA (11.2.1)");
        }
    }

    @Override
    public MessageType messageType() {
        return MessageType.SUBSREQ;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(servUserIdent);
    }

    static SubsReq decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.SUBSREQ);
        if (c.has(ControlType.SERV_USER_IDENT) && h.nodeType() != NodeType.RMA) {
            throw r.failControl(Reason.NOT_ALLOWED, "SERV_USER_IDENT", c.offsetOf(ControlType.SERV_USER_IDENT),
                    "only an RMA sends it (11.2.1)");
        }
        return new SubsReq(h.nodeType(), h.sessionId(), h.maid(),
                c.one(ServUserIdent.class, ControlType.SERV_USER_IDENT));
    }
}

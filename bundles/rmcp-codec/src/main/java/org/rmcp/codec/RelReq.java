package org.rmcp.codec;

import java.util.List;

/**
 * RELREQ, X.603.1 Amd.1 11.2.3: a DMA or RMA asks to join the tree under a parent; the AUTH
 * control starts membership authentication (mandatory). MEM_AUTH_DATA carries Annex E pass 1 or 3
 * (our choice, docs/spec-notes.md).
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param auth AUTH
 * @param memAuthData MEM_AUTH_DATA (may be null)
 * @since 1.0
 */
public record RelReq(NodeType nodeType, long sessionId, Maid maid, Auth auth,
        MemAuthData memAuthData) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.AUTH,
        ControlRules.Card.OPTIONAL, ControlType.MEM_AUTH_DATA);

    /** Checks the issuer and the controls against the clause. */
    public RelReq {
        Checks.header(MessageType.RELREQ, nodeType, maid);
        Checks.present("AUTH", auth);
    }

    @Override
    public MessageType messageType() {
        return MessageType.RELREQ;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(auth, memAuthData);
    }

    static RelReq decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.RELREQ);
        return new RelReq(h.nodeType(), h.sessionId(), h.maid(),
                c.one(Auth.class, ControlType.AUTH),
                c.one(MemAuthData.class, ControlType.MEM_AUTH_DATA));
    }
}

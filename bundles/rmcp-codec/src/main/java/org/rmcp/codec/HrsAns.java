package org.rmcp.codec;

import java.util.List;

/**
 * HRSANS, X.603.1 Amd.1 11.2.11 (Figure 130): the SM's ACL for a DMA. MAID: the recipient's.
 * ACL_LIST with ACL_DATA is mandatory.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param aclList ACL_LIST
 * @since 1.0
 */
public record HrsAns(NodeType nodeType, long sessionId, Maid maid, AclList aclList) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.ACL_LIST);

    /** Checks the issuer and the controls against the clause. */
    public HrsAns {
        Checks.header(MessageType.HRSANS, nodeType, maid);
        Checks.present("ACL_LIST", aclList);
    }

    @Override
    public MessageType messageType() {
        return MessageType.HRSANS;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(aclList);
    }

    static HrsAns decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.HRSANS);
        return new HrsAns(h.nodeType(), h.sessionId(), h.maid(),
                c.one(AclList.class, ControlType.ACL_LIST));
    }
}

package org.rmcp.codec;

import java.util.List;

/**
 * STCOLANS: a status collect answer sent up the tree (X.603.1 Amd.1 Table 11). Our layout
 * (docs/spec-notes.md): TREE_INFO and optionally the MAIDs of the children.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param treeInfo TREE_INFO
 * @param maidList MAID_LIST (may be null)
 * @since 1.0
 */
public record StColAns(NodeType nodeType, long sessionId, Maid maid, TreeInfo treeInfo,
        MaidList maidList) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.TREE_INFO,
        ControlRules.Card.OPTIONAL, ControlType.MAID_LIST);

    /** Checks the issuer and the controls against the clause. */
    public StColAns {
        Checks.header(MessageType.STCOLANS, nodeType, maid);
        Checks.present("TREE_INFO", treeInfo);
    }

    @Override
    public MessageType messageType() {
        return MessageType.STCOLANS;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(treeInfo, maidList);
    }

    static StColAns decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.STCOLANS);
        return new StColAns(h.nodeType(), h.sessionId(), h.maid(),
                c.one(TreeInfo.class, ControlType.TREE_INFO),
                c.one(MaidList.class, ControlType.MAID_LIST));
    }
}

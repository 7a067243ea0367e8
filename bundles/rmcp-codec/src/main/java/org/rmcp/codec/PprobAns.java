package org.rmcp.codec;

import java.util.List;

/**
 * PPROBANS: answer to a parent probe (X.603.1 Amd.1 10.2.4). Our layout (docs/spec-notes.md):
 * the echoed TIMESTAMP, the answering MA's TREE_INFO, and optionally its hashed AUTH.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param timestamp TIMESTAMP
 * @param treeInfo TREE_INFO
 * @param hashedAuth HASHED_AUTH (may be null)
 * @since 1.0
 */
public record PprobAns(NodeType nodeType, long sessionId, Maid maid, Timestamp timestamp, TreeInfo treeInfo,
        HashedAuth hashedAuth) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.TIMESTAMP,
        ControlRules.Card.ONE, ControlType.TREE_INFO, ControlRules.Card.OPTIONAL, ControlType.HASHED_AUTH);

    /** Checks the issuer and the controls against the clause. */
    public PprobAns {
        Checks.header(MessageType.PPROBANS, nodeType, maid);
        Checks.present("TIMESTAMP", timestamp);
        Checks.present("TREE_INFO", treeInfo);
    }

    @Override
    public MessageType messageType() {
        return MessageType.PPROBANS;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(timestamp, treeInfo, hashedAuth);
    }

    static PprobAns decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.PPROBANS);
        return new PprobAns(h.nodeType(), h.sessionId(), h.maid(),
                c.one(Timestamp.class, ControlType.TIMESTAMP),
                c.one(TreeInfo.class, ControlType.TREE_INFO),
                c.one(HashedAuth.class, ControlType.HASHED_AUTH));
    }
}

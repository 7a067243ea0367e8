package org.rmcp.codec;

import java.util.List;

/**
 * PPROBREQ: parent probe of map discovery (X.603.1 Amd.1 10.2.4). Our layout
 * (docs/spec-notes.md): TIMESTAMP, and the hashed AUTH an RMA sends in plain text.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param timestamp TIMESTAMP
 * @param hashedAuth HASHED_AUTH (may be null)
 * @since 1.0
 */
public record PprobReq(NodeType nodeType, long sessionId, Maid maid, Timestamp timestamp,
        HashedAuth hashedAuth) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.TIMESTAMP,
        ControlRules.Card.OPTIONAL, ControlType.HASHED_AUTH);

    /** Checks the issuer and the controls against the clause. */
    public PprobReq {
        Checks.header(MessageType.PPROBREQ, nodeType, maid);
        Checks.present("TIMESTAMP", timestamp);
    }

    @Override
    public MessageType messageType() {
        return MessageType.PPROBREQ;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(timestamp, hashedAuth);
    }

    static PprobReq decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.PPROBREQ);
        return new PprobReq(h.nodeType(), h.sessionId(), h.maid(),
                c.one(Timestamp.class, ControlType.TIMESTAMP),
                c.one(HashedAuth.class, ControlType.HASHED_AUTH));
    }
}

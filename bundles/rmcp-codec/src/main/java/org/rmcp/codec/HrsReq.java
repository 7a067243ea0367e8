package org.rmcp.codec;

import java.util.List;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * HRSREQ, X.603.1 Amd.1 11.2.10 (Figure 129): a DMA asks the SM for the ACL. MAID: the sender's.
 * No control data: Length shall be 0x14.
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @since 1.0
 */
public record HrsReq(NodeType nodeType, long sessionId, Maid maid) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.NONE;

    /** Checks the issuer and the controls against the clause. */
    public HrsReq {
        Checks.header(MessageType.HRSREQ, nodeType, maid);
    }

    @Override
    public MessageType messageType() {
        return MessageType.HRSREQ;
    }

    @Override
    public List<Control> controls() {
        return List.of();
    }

    static HrsReq decode(Header h, WireReader r) {
        if (h.length() != HEADER_LENGTH) {
            throw r.fail(Reason.BAD_LENGTH, "Length", 2, String.format("0x%04x, shall be 0x0014", h.length()));
        }
        ControlSet.read(r, RULES, MessageType.HRSREQ);
        return new HrsReq(h.nodeType(), h.sessionId(), h.maid());
    }
}

package org.rmcp.codec;

import java.util.List;

/**
 * An RMCP-2 message: the common header of X.603.1 Amd.1 clause 11.1 (Ver 0x4 | NT | Message
 * type | Length | Session ID (64) | MAID (64)) and its controls in wire order. Implementations
 * are immutable records; {@link RmcpCodec} encodes and decodes them.
 *
 * @since 1.0
 */
public interface RmcpMessage {
    /** Ver of every secure RMCP-2 message, 11.1 a). */
    int VERSION = 0x4;
    /** Header bytes: 4 + Session ID (8) + MAID (8); HRSREQ's Length 0x14 (11.2.10) fixes it. */
    int HEADER_LENGTH = 20;
    /** Largest message the 16-bit Length can describe. */
    int MAX_LENGTH = 0xFFFF;

    /** @return the Message type (Table 13) */
    MessageType messageType();

    /** @return the issuer's node type NT (Table 12) */
    NodeType nodeType();

    /** @return the 64-bit Session ID */
    long sessionId();

    /** @return the MAID field (sender or recipient, as the message's clause says) */
    Maid maid();

    /** @return the controls in the order they are encoded (empty for messages without controls) */
    List<Control> controls();

    /** @return the Length field: header plus control data, in bytes */
    default int length() {
        int n = HEADER_LENGTH;
        for (Control c : controls()) {
            n += c.encodedLength();
        }
        return n;
    }
}

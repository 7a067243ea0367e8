package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * The variable-length control shape {@code type (8) | byte1 (8) | Length (16) | data}, Length
 * counting the whole control: SERV_USER_IDENT's Figure 105 as we read it (byte1 reserved), and
 * our basic controls (docs/spec-notes.md).
 */
final class VarControl {
    static final int HEAD = 4;

    private VarControl() {
    }

    static void encode(ByteBuf out, ControlType type, int byte1, Octets data) {
        out.writeByte(type.code()).writeByte(byte1).writeShort(HEAD + data.length());
        data.writeTo(out);
    }

    /** Reads Length (after type and byte 1) and the data; data length must be 1..maxData. */
    static Octets decodeData(WireReader r, String field, int maxData) {
        int start = r.offset() - 2;
        int len = r.length16(start, HEAD + 1, HEAD + maxData);
        return r.octets(field, len - HEAD);
    }
}

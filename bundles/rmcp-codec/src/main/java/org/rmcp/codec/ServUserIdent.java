package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * SERV_USER_IDENT control of SUBSREQ, X.603.1 Amd.1 11.2.1 (Figure 105): the service user
 * identifier the Content Provider gave an RMA for a closed group (10.1.1.5). Our reading of the
 * figure: {@code type | Reserved 0x00 | Length (16) | SERV_USER_ID}; the identifier is 1 byte to
 * {@link RmcpCodec#maxServUserIdLength()} (default 256) long (docs/spec-notes.md).
 *
 * @param servUserId SERV_USER_ID, opaque bytes in the Content Provider's format
 * @since 1.0
 */
public record ServUserIdent(Octets servUserId) implements Control {
    /** Checks the identifier is not empty and fits a 16-bit Length. */
    public ServUserIdent {
        Checks.length("SERV_USER_ID", servUserId, 1, 0xFFFF - VarControl.HEAD);
    }

    @Override
    public ControlType controlType() {
        return ControlType.SERV_USER_IDENT;
    }

    @Override
    public int encodedLength() {
        return VarControl.HEAD + servUserId.length();
    }

    @Override
    public void encode(ByteBuf out) {
        VarControl.encode(out, ControlType.SERV_USER_IDENT, 0, servUserId);
    }

    static ServUserIdent decode(WireReader r) {
        r.reserved8("Reserved");
        return new ServUserIdent(VarControl.decodeData(r, "SERV_USER_ID", r.codec().maxServUserIdLength()));
    }
}

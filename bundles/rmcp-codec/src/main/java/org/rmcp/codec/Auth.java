package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * AUTH control of RELREQ, X.603.1 Amd.1 11.2.3.2 (Figure 106): starts membership authentication.
 * AUTH_NAME is Table 22 (open; the text requires 0x01 MEM_AUTH today).
 *
 * @param authName AUTH_NAME
 * @since 1.0
 */
public record Auth(int authName) implements Control {
    /** Checks the fields against the clause. */
    public Auth {
        Checks.open("AUTH_NAME", authName);
    }

    @Override
    public ControlType controlType() {
        return ControlType.AUTH;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.AUTH.code()).writeByte(4).writeByte(authName).writeByte(0);
    }

    static Auth decode(WireReader r) {
        r.fixedLength8(4);
        int authName = r.openCode("AUTH_NAME");
        r.reserved8("Reserved");
        return new Auth(authName);
    }
}

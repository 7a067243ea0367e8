package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * AUTH_MECH_DELIVER control of SECALGREQ, X.603.1 Amd.1 11.2.7.3 (Figure 121): asks for the AUTH_NAME module.
 *
 * @param authName AUTH_NAME
 * @since 1.0
 */
public record AuthMechDeliver(int authName) implements Control {
    /** Checks the fields against the clause. */
    public AuthMechDeliver {
        Checks.open("AUTH_NAME", authName);
    }

    @Override
    public ControlType controlType() {
        return ControlType.AUTH_MECH_DELIVER;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.AUTH_MECH_DELIVER.code()).writeByte(4).writeByte(authName).writeByte(0);
    }

    static AuthMechDeliver decode(WireReader r) {
        r.fixedLength8(4);
        int authName = r.openCode("AUTH_NAME");
        r.reserved8("Reserved");
        return new AuthMechDeliver(authName);
    }
}

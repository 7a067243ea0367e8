package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * GK_MECH_DELIVER control of SECALGREQ, X.603.1 Amd.1 11.2.7.2 (Figure 120): asks the SM for the GK_NAME module.
 *
 * @param gkName GK_NAME
 * @since 1.0
 */
public record GkMechDeliver(int gkName) implements Control {
    /** Checks the fields against the clause. */
    public GkMechDeliver {
        Checks.open("GK_NAME", gkName);
    }

    @Override
    public ControlType controlType() {
        return ControlType.GK_MECH_DELIVER;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.GK_MECH_DELIVER.code()).writeByte(4).writeByte(gkName).writeByte(0);
    }

    static GkMechDeliver decode(WireReader r) {
        r.fixedLength8(4);
        int gkName = r.openCode("GK_NAME");
        r.reserved8("Reserved");
        return new GkMechDeliver(gkName);
    }
}

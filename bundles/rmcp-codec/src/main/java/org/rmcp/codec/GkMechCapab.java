package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * GK_MECH_CAPAB control of SECAGREQ, X.603.1 Amd.1 11.2.5.3 (Figure 110): a group key mechanism the
 * sender holds (Table 20, open) and its preference, 1 (highest) to 6. May repeat.
 *
 * @param gkName GK_NAME
 * @param prefer PREFER
 * @since 1.0
 */
public record GkMechCapab(int gkName, int prefer) implements Control {
    /** Highest PREFER value the clause allows (1 is the highest priority). */
    public static final int MAX_PREFER = 6;

    /** Checks the fields against the clause. */
    public GkMechCapab {
        Checks.open("GK_NAME", gkName);
        Checks.range("PREFER", prefer, 1, MAX_PREFER);
    }

    @Override
    public ControlType controlType() {
        return ControlType.GK_MECH_CAPAB;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.GK_MECH_CAPAB.code()).writeByte(4).writeByte(gkName).writeByte(prefer);
    }

    static GkMechCapab decode(WireReader r) {
        r.fixedLength8(4);
        int gkName = r.openCode("GK_NAME");
        return new GkMechCapab(gkName, r.u8("PREFER", 1, MAX_PREFER));
    }
}

package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * GK_EN_DEC_ALG control of SECLIST, X.603.1 Amd.1 11.2.6.5 (Figure 117): the group key cipher (Table 16, open).
 *
 * @param gkEnDecId GK_EN_DEC_ID
 * @since 1.0
 */
public record GkEnDecAlg(int gkEnDecId) implements Control {
    /** Checks the fields against the clause. */
    public GkEnDecAlg {
        Checks.open("GK_EN_DEC_ID", gkEnDecId);
    }

    @Override
    public ControlType controlType() {
        return ControlType.GK_EN_DEC_ALG;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.GK_EN_DEC_ALG.code()).writeByte(4).writeByte(gkEnDecId).writeByte(0);
    }

    static GkEnDecAlg decode(WireReader r) {
        r.fixedLength8(4);
        int gkEnDecId = r.openCode("GK_EN_DEC_ID");
        r.reserved8("Reserved");
        return new GkEnDecAlg(gkEnDecId);
    }
}

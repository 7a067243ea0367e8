package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * GK_EN_DEC_DELIVER control of SECALGREQ, X.603.1 Amd.1 11.2.7.5 (Figure 123): asks for the group key cipher module.
 *
 * @param gkEnDecId GK_EN_DEC_ID
 * @since 1.0
 */
public record GkEnDecDeliver(int gkEnDecId) implements Control {
    /** Checks the fields against the clause. */
    public GkEnDecDeliver {
        Checks.open("GK_EN_DEC_ID", gkEnDecId);
    }

    @Override
    public ControlType controlType() {
        return ControlType.GK_EN_DEC_DELIVER;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.GK_EN_DEC_DELIVER.code()).writeByte(4).writeByte(gkEnDecId).writeByte(0);
    }

    static GkEnDecDeliver decode(WireReader r) {
        r.fixedLength8(4);
        int gkEnDecId = r.openCode("GK_EN_DEC_ID");
        r.reserved8("Reserved");
        return new GkEnDecDeliver(gkEnDecId);
    }
}

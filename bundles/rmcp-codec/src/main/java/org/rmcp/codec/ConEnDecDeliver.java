package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * CON_EN_DEC_DELIVER control of SECALGREQ, X.603.1 Amd.1 11.2.7.4 (Figure 122): asks for the contents cipher module.
 *
 * @param conEnDecId CON_EN_DEC_ID
 * @since 1.0
 */
public record ConEnDecDeliver(int conEnDecId) implements Control {
    /** Checks the fields against the clause. */
    public ConEnDecDeliver {
        Checks.open("CON_EN_DEC_ID", conEnDecId);
    }

    @Override
    public ControlType controlType() {
        return ControlType.CON_EN_DEC_DELIVER;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.CON_EN_DEC_DELIVER.code()).writeByte(4).writeByte(conEnDecId).writeByte(0);
    }

    static ConEnDecDeliver decode(WireReader r) {
        r.fixedLength8(4);
        int conEnDecId = r.openCode("CON_EN_DEC_ID");
        r.reserved8("Reserved");
        return new ConEnDecDeliver(conEnDecId);
    }
}

package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * CON_EN_DEC_ALG control of SECLIST, X.603.1 Amd.1 11.2.6.4 (Figure 116): the contents cipher (Table 16, open).
 *
 * @param conEnDecId CON_EN_DEC_ID
 * @since 1.0
 */
public record ConEnDecAlg(int conEnDecId) implements Control {
    /** Checks the fields against the clause. */
    public ConEnDecAlg {
        Checks.open("CON_EN_DEC_ID", conEnDecId);
    }

    @Override
    public ControlType controlType() {
        return ControlType.CON_EN_DEC_ALG;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.CON_EN_DEC_ALG.code()).writeByte(4).writeByte(conEnDecId).writeByte(0);
    }

    static ConEnDecAlg decode(WireReader r) {
        r.fixedLength8(4);
        int conEnDecId = r.openCode("CON_EN_DEC_ID");
        r.reserved8("Reserved");
        return new ConEnDecAlg(conEnDecId);
    }
}

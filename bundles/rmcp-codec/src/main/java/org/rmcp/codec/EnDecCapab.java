package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * EN_DEC_CAPAB control of SECAGREQ, X.603.1 Amd.1 11.2.5.4 (Figure 111): a cipher the sender holds
 * (Table 16, open) and its preference, 1 (highest) to 5. May repeat.
 *
 * @param enDecId EN_DEC_ID
 * @param prefer PREFER
 * @since 1.0
 */
public record EnDecCapab(int enDecId, int prefer) implements Control {
    /** Highest PREFER value the clause allows (1 is the highest priority). */
    public static final int MAX_PREFER = 5;

    /** Checks the fields against the clause. */
    public EnDecCapab {
        Checks.open("EN_DEC_ID", enDecId);
        Checks.range("PREFER", prefer, 1, MAX_PREFER);
    }

    @Override
    public ControlType controlType() {
        return ControlType.EN_DEC_CAPAB;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.EN_DEC_CAPAB.code()).writeByte(4).writeByte(enDecId).writeByte(prefer);
    }

    static EnDecCapab decode(WireReader r) {
        r.fixedLength8(4);
        int enDecId = r.openCode("EN_DEC_ID");
        return new EnDecCapab(enDecId, r.u8("PREFER", 1, MAX_PREFER));
    }
}

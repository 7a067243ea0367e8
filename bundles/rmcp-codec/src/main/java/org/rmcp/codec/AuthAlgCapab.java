package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * AUTH_ALG_CAPAB control of SECAGREQ, X.603.1 Amd.1 11.2.5.5 (Figure 112): a hash/MAC algorithm the
 * sender holds (Table 17, open) and its preference, 1 (highest) to 3. May repeat.
 *
 * @param authId AUTH_ID
 * @param prefer PREFER
 * @since 1.0
 */
public record AuthAlgCapab(int authId, int prefer) implements Control {
    /** Highest PREFER value the clause allows (1 is the highest priority). */
    public static final int MAX_PREFER = 3;

    /** Checks the fields against the clause. */
    public AuthAlgCapab {
        Checks.open("AUTH_ID", authId);
        Checks.range("PREFER", prefer, 1, MAX_PREFER);
    }

    @Override
    public ControlType controlType() {
        return ControlType.AUTH_ALG_CAPAB;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.AUTH_ALG_CAPAB.code()).writeByte(4).writeByte(authId).writeByte(prefer);
    }

    static AuthAlgCapab decode(WireReader r) {
        r.fixedLength8(4);
        int authId = r.openCode("AUTH_ID");
        return new AuthAlgCapab(authId, r.u8("PREFER", 1, MAX_PREFER));
    }
}

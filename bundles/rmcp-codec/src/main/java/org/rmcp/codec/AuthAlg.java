package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * AUTH_ALG control of SECLIST, X.603.1 Amd.1 11.2.6.6 (Figure 118): the hash/MAC algorithm (Table 17, open).
 *
 * @param authId AUTH_ID
 * @since 1.0
 */
public record AuthAlg(int authId) implements Control {
    /** Checks the fields against the clause. */
    public AuthAlg {
        Checks.open("AUTH_ID", authId);
    }

    @Override
    public ControlType controlType() {
        return ControlType.AUTH_ALG;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.AUTH_ALG.code()).writeByte(4).writeByte(authId).writeByte(0);
    }

    static AuthAlg decode(WireReader r) {
        r.fixedLength8(4);
        int authId = r.openCode("AUTH_ID");
        r.reserved8("Reserved");
        return new AuthAlg(authId);
    }
}

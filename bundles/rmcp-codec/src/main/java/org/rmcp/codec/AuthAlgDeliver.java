package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * AUTH_ALG_DELIVER control of SECALGREQ, X.603.1 Amd.1 11.2.7.6 (Figure 124): asks for the hash/MAC module.
 *
 * @param authId AUTH_ID
 * @since 1.0
 */
public record AuthAlgDeliver(int authId) implements Control {
    /** Checks the fields against the clause. */
    public AuthAlgDeliver {
        Checks.open("AUTH_ID", authId);
    }

    @Override
    public ControlType controlType() {
        return ControlType.AUTH_ALG_DELIVER;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.AUTH_ALG_DELIVER.code()).writeByte(4).writeByte(authId).writeByte(0);
    }

    static AuthAlgDeliver decode(WireReader r) {
        r.fixedLength8(4);
        int authId = r.openCode("AUTH_ID");
        r.reserved8("Reserved");
        return new AuthAlgDeliver(authId);
    }
}

package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * SEC_RETURN control of SECAGANS, X.603.1 Amd.1 11.2.8.2 (Figure 126); codes of Table 24.
 *
 * @param secReturn SEC_RETURN
 * @since 1.0
 */
public record SecReturn(SecReturnCode secReturn) implements Control {
    /** Checks the fields against the clause. */
    public SecReturn {
        Checks.present("SEC_RETURN", secReturn);
    }

    @Override
    public ControlType controlType() {
        return ControlType.SEC_RETURN;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.SEC_RETURN.code()).writeByte(4).writeByte(secReturn.code()).writeByte(0);
    }

    static SecReturn decode(WireReader r) {
        r.fixedLength8(4);
        SecReturnCode secReturn = r.code("SEC_RETURN", SecReturnCode::fromCode);
        r.reserved8("Reserved");
        return new SecReturn(secReturn);
    }
}

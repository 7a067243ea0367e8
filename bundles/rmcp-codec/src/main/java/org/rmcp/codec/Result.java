package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * RESULT control of SUBSANS, LEAVANS and TERMANS: {@code type | Length=4 | RESULT_CODE | Reserved}.
 * Our layout (X.603.1 7.3.2 is not in the amendment; docs/spec-notes.md); codes include Table 23.
 *
 * @param resultCode RESULT_CODE
 * @since 1.0
 */
public record Result(ResultCode resultCode) implements Control {
    /** Checks the fields against the clause. */
    public Result {
        Checks.present("RESULT_CODE", resultCode);
    }

    @Override
    public ControlType controlType() {
        return ControlType.RESULT;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.RESULT.code()).writeByte(4).writeByte(resultCode.code()).writeByte(0);
    }

    static Result decode(WireReader r) {
        r.fixedLength8(4);
        ResultCode resultCode = r.code("RESULT_CODE", ResultCode::fromCode);
        r.reserved8("Reserved");
        return new Result(resultCode);
    }
}

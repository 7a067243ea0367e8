package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * AUTH_ANS control of RELANS, X.603.1 Amd.1 11.2.4.2 (Figure 107):
 * {@code type | Length=4 | Auth_result | Key_Flag}, followed by a KEY_MATERIAL sub-control when
 * and only when Key_Flag is 0x01 (11.2.4.3).
 *
 * @param authResult Auth_result (Table 24; FAILED_CONFIGURATION is not allowed here)
 * @param keyFlag Key_Flag, 0x00 or 0x01
 * @param keyMaterial the KEY_MATERIAL sub-control, present exactly when {@code keyFlag == 1}
 * @since 1.0
 */
public record AuthAns(SecReturnCode authResult, int keyFlag, KeyMaterial keyMaterial) implements Control {
    /** Checks Auth_result and that Key_Flag matches the sub-control's presence. */
    public AuthAns {
        if (!Checks.present("Auth_result", authResult).validAuthResult()) {
            throw new IllegalArgumentException("Auth_result may not be " + authResult);
        }
        Checks.range("Key_Flag", keyFlag, 0, 1);
        if ((keyFlag == 1) != (keyMaterial != null)) {
            throw new IllegalArgumentException("Key_Flag " + keyFlag + " but KEY_MATERIAL "
                    + (keyMaterial == null ? "absent" : "present"));
        }
    }

    /** @return an answer without key material (Key_Flag 0x00) */
    public static AuthAns of(SecReturnCode authResult) {
        return new AuthAns(authResult, 0, null);
    }

    /** @return an answer with key material (Key_Flag 0x01) */
    public static AuthAns of(SecReturnCode authResult, KeyMaterial keyMaterial) {
        return new AuthAns(authResult, 1, keyMaterial);
    }

    @Override
    public ControlType controlType() {
        return ControlType.AUTH_ANS;
    }

    @Override
    public int encodedLength() {
        return 4 + (keyMaterial == null ? 0 : keyMaterial.encodedLength());
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.AUTH_ANS.code()).writeByte(4).writeByte(authResult.code()).writeByte(keyFlag);
        if (keyMaterial != null) {
            keyMaterial.encode(out);
        }
    }

    static AuthAns decode(WireReader r) {
        r.fixedLength8(4);
        int at = r.offset();
        SecReturnCode result = r.code("Auth_result", SecReturnCode::fromCode);
        if (!result.validAuthResult()) {
            throw r.fail(Reason.BAD_CODE, "Auth_result", at, result + " applies only to SEC_RETURN");
        }
        int flag = r.u8("Key_Flag", 0, 1);
        return new AuthAns(result, flag, flag == 1 ? KeyMaterial.decode(r) : null);
    }
}

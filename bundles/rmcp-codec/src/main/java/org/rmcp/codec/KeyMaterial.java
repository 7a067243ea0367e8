package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * KEY_MATERIAL sub-control, X.603.1 Amd.1 11.2.4.3 and 11.2.9.3 (Figures 107, 128):
 * {@code Sub-control type=0x01 | Length (16, <= 0x804) | Key_Type | Key_DATA}. Key_DATA is
 * 1 to 2048 bytes. {@link #toString()} never shows Key_DATA.
 *
 * @param keyType Key_Type (Table 25)
 * @param keyData Key_DATA
 * @since 1.0
 */
public record KeyMaterial(KeyType keyType, Octets keyData) implements SubControl {
    /** Largest Length the clause allows. */
    public static final int MAX_LENGTH = 0x804;
    static final int HEAD = 4;

    /** Checks Key_DATA is 1 to 2048 bytes. */
    public KeyMaterial {
        Checks.present("Key_Type", keyType);
        Checks.length("Key_DATA", keyData, 1, MAX_LENGTH - HEAD);
    }

    @Override
    public SubControlType subControlType() {
        return SubControlType.KEY_MATERIAL;
    }

    @Override
    public int encodedLength() {
        return HEAD + keyData.length();
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(SubControlType.KEY_MATERIAL.code()).writeShort(encodedLength()).writeByte(keyType.code());
        keyData.writeTo(out);
    }

    /** Shows the key type and length only: key data is never logged. */
    @Override
    public String toString() {
        return "KeyMaterial[keyType=" + keyType + ", keyData=" + keyData.length() + " bytes]";
    }

    static KeyMaterial decode(WireReader r) {
        r.enterSub("KEY_MATERIAL");
        int start = r.offset();
        SubControlType t = r.code("Sub-control type", SubControlType::fromCode);
        if (t != SubControlType.KEY_MATERIAL) {
            throw r.fail(Reason.BAD_CODE, "Sub-control type", start, t + " where KEY_MATERIAL is required");
        }
        int len = r.length16(start, HEAD + 1, MAX_LENGTH);
        KeyType type = r.code("Key_Type", KeyType::fromCode);
        return new KeyMaterial(type, r.octets("Key_DATA", len - HEAD));
    }
}

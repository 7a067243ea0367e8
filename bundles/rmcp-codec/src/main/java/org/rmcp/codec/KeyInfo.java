package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * KEY_INFO control of KEYDELIVER, X.603.1 Amd.1 11.2.9.2 (Figure 128):
 * {@code type | Length=4 | Key_Type | Reserved}, always followed by its KEY_MATERIAL sub-control,
 * whose Key_Type must be the same (docs/spec-notes.md).
 *
 * @param keyType Key_Type (Table 25)
 * @param keyMaterial the KEY_MATERIAL sub-control
 * @since 1.0
 */
public record KeyInfo(KeyType keyType, KeyMaterial keyMaterial) implements Control {
    /** Checks both Key_Type fields agree. */
    public KeyInfo {
        Checks.present("Key_Type", keyType);
        if (Checks.present("KEY_MATERIAL", keyMaterial).keyType() != keyType) {
            throw new IllegalArgumentException("KEY_INFO Key_Type " + keyType + " but KEY_MATERIAL "
                    + keyMaterial.keyType());
        }
    }

    /** @return a KEY_INFO for {@code material}, taking its Key_Type */
    public static KeyInfo of(KeyMaterial material) {
        return new KeyInfo(material.keyType(), material);
    }

    @Override
    public ControlType controlType() {
        return ControlType.KEY_INFO;
    }

    @Override
    public int encodedLength() {
        return 4 + keyMaterial.encodedLength();
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.KEY_INFO.code()).writeByte(4).writeByte(keyType.code()).writeByte(0);
        keyMaterial.encode(out);
    }

    static KeyInfo decode(WireReader r) {
        r.fixedLength8(4);
        KeyType type = r.code("Key_Type", KeyType::fromCode);
        r.reserved8("Reserved");
        int at = r.offset() + 3;
        KeyMaterial material = KeyMaterial.decode(r);
        if (material.keyType() != type) {
            throw r.fail(Reason.BAD_VALUE, "Key_Type", at, material.keyType() + " differs from KEY_INFO's " + type);
        }
        return new KeyInfo(type, material);
    }
}

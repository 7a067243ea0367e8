package org.rmcp.codec;

/**
 * KEY_TYPE codes for key delivery, X.603.1 Amd.1 clause 12.5, Table 25. Closed table.
 *
 * @since 1.0
 */
public enum KeyType implements Coded {
    /** Ks, the session key. */
    KS(0x01),
    /** Kg, a group key. */
    KG(0x02),
    /** Kc, the contents encryption key. */
    KC(0x03);

    private static final CodeLookup<KeyType> LOOKUP = new CodeLookup<>(values(), "Key_Type", "X.603.1 Amd.1 Table 25");
    private final int code;

    KeyType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code the Key_Type value
     * @return the table entry
     * @throws RmcpProtocolException if the table has no such code
     */
    public static KeyType fromCode(int code) {
        return LOOKUP.fromCode(code);
    }
}

package org.rmcp.codec;

/**
 * Sub-control types, X.603.1 Amd.1 clause 12.3, Table 15. Closed table.
 *
 * @since 1.0
 */
public enum SubControlType implements Coded {
    /** Key material to generate the key (RELANS, KEYDELIVER), 11.2.4.3 / 11.2.9.3. */
    KEY_MATERIAL(0x01),
    /** ACL entries (HRSANS), 11.2.11.3. */
    ACL_DATA(0x02);

    private static final CodeLookup<SubControlType> LOOKUP =
            new CodeLookup<>(values(), "Sub-control type", "X.603.1 Amd.1 Table 15");
    private final int code;

    SubControlType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code the Sub-control type value
     * @return the table entry
     * @throws RmcpProtocolException if the table has no such code
     */
    public static SubControlType fromCode(int code) {
        return LOOKUP.fromCode(code);
    }
}

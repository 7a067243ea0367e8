package org.rmcp.codec;

/**
 * AUTH_ATTRIBUTE codes, X.603.1 Amd.1 clause 12.4, Table 21. Closed table.
 *
 * @since 1.0
 */
public enum AuthAttribute implements Coded {
    /** Membership authenticated by the Annex E procedure. */
    MEMBERSHIP(0x01);

    private static final CodeLookup<AuthAttribute> LOOKUP =
            new CodeLookup<>(values(), "AUTH_ATTRIBUTE", "X.603.1 Amd.1 Table 21");
    private final int code;

    AuthAttribute(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code the AUTH_ATTRIBUTE value
     * @return the table entry
     * @throws RmcpProtocolException if the table has no such code
     */
    public static AuthAttribute fromCode(int code) {
        return LOOKUP.fromCode(code);
    }
}

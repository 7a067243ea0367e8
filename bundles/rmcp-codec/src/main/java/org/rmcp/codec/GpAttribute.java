package org.rmcp.codec;

/**
 * GP_ATTRIBUTE codes (group property), X.603.1 Amd.1 clause 12.4, Table 18. Closed table.
 *
 * @since 1.0
 */
public enum GpAttribute implements Coded {
    /** No service user identifier is required before subscribing (the default). */
    OPEN(0x01),
    /** A service user identifier from the Content Provider is required (10.1.1.5). */
    CLOSED(0x02);

    private static final CodeLookup<GpAttribute> LOOKUP =
            new CodeLookup<>(values(), "GP_ATTRIBUTE", "X.603.1 Amd.1 Table 18");
    private final int code;

    GpAttribute(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code the GP_ATTRIBUTE value
     * @return the table entry
     * @throws RmcpProtocolException if the table has no such code
     */
    public static GpAttribute fromCode(int code) {
        return LOOKUP.fromCode(code);
    }
}

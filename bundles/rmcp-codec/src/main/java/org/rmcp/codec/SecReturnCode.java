package org.rmcp.codec;

/**
 * SEC_RETURN and Auth_result codes, X.603.1 Amd.1 clause 12.5, Table 24. Closed table.
 *
 * @since 1.0
 */
public enum SecReturnCode implements Coded {
    /** Successful. */
    OK(0x01),
    /** Error found on authentication. */
    ERROR(0x02),
    /** Retransmission requested. */
    RETRANSMISSION_REQ(0x03),
    /** Configuration failed; only in SEC_RETURN of SECAGANS (the table spells it "FAIDED"). */
    FAILED_CONFIGURATION(0x04);

    private static final CodeLookup<SecReturnCode> LOOKUP =
            new CodeLookup<>(values(), "SEC_RETURN", "X.603.1 Amd.1 Table 24");
    private final int code;

    SecReturnCode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code the SEC_RETURN value
     * @return the table entry
     * @throws RmcpProtocolException if the table has no such code
     */
    public static SecReturnCode fromCode(int code) {
        return LOOKUP.fromCode(code);
    }

    /** @return whether this code may appear as Auth_result (FAILED_CONFIGURATION may not) */
    public boolean validAuthResult() {
        return this != FAILED_CONFIGURATION;
    }
}

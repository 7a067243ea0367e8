package org.rmcp.codec;

/**
 * Result codes of the RESULT control: the two secure-RMCP-2 codes of X.603.1 Amd.1 clause 12.5,
 * Table 23, plus our stand-ins for the basic Table 3, which the amendment does not reproduce
 * (our choice: docs/spec-notes.md). Closed table.
 *
 * @since 1.0
 */
public enum ResultCode implements Coded {
    /** Request accepted. Our choice (docs/spec-notes.md). */
    OK(0x01),
    /** Request rejected, no specific reason. Our choice (docs/spec-notes.md). */
    REJECTED(0x02),
    /** Issuer not authorised (TLS identity or role). Our choice (docs/spec-notes.md). */
    NOT_AUTHORIZED(0x03),
    /** No capacity (session or children full). Our choice (docs/spec-notes.md). */
    NO_RESOURCES(0x04),
    /** SERV_USER_ID missing (Table 23). */
    SERV_USER_ID_MISSING(0x41),
    /** SERV_USER_ID not recognized (Table 23). */
    SERV_USER_ID_NOT_RECOGNIZED(0x42);

    private static final CodeLookup<ResultCode> LOOKUP =
            new CodeLookup<>(values(), "RESULT_CODE", "X.603.1 Amd.1 Table 23 / docs/spec-notes.md");
    private final int code;

    ResultCode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code the RESULT_CODE value
     * @return the table entry
     * @throws RmcpProtocolException if the table has no such code
     */
    public static ResultCode fromCode(int code) {
        return LOOKUP.fromCode(code);
    }
}

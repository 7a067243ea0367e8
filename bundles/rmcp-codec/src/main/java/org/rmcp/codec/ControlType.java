package org.rmcp.codec;

/**
 * Control types, X.603.1 Amd.1 clause 12.3, Table 14 (0x11-0x24), plus the controls of our
 * basic-message layouts in 0x01-0x08 (our choice: docs/spec-notes.md). Closed table: any other
 * code inside a message is an error.
 *
 * @since 1.0
 */
public enum ControlType implements Coded {
    /** Result of a request (SUBSANS, LEAVANS, TERMANS). Our choice: 0x01 (docs/spec-notes.md). */
    RESULT(0x01, "docs/spec-notes.md"),
    /** Sender timestamp, echoed (PPROBREQ/ANS). Our choice: 0x02 (docs/spec-notes.md). */
    TIMESTAMP(0x02, "docs/spec-notes.md"),
    /** Tree position of an MA. Our choice: 0x03 (docs/spec-notes.md). */
    TREE_INFO(0x03, "docs/spec-notes.md"),
    /** A list of MAIDs. Our choice: 0x04 (docs/spec-notes.md). */
    MAID_LIST(0x04, "docs/spec-notes.md"),
    /** Multicast group of an MM group (HANNOUNCE). Our choice: 0x05 (docs/spec-notes.md). */
    MCAST_ADDR(0x05, "docs/spec-notes.md"),
    /** Hashed AUTH in map discovery, 10.2.4. Our choice: 0x06 (docs/spec-notes.md). */
    HASHED_AUTH(0x06, "X.603.1 Amd.1 10.2.4"),
    /** Hashed KTLS in TERMREQ/TERMANS, Table 11. Our choice: 0x07 (docs/spec-notes.md). */
    HASHED_KTLS(0x07, "X.603.1 Amd.1 Table 11"),
    /** One pass of Annex E membership authentication. Our choice: 0x08 (docs/spec-notes.md). */
    MEM_AUTH_DATA(0x08, "X.603.1 Amd.1 Annex E"),
    /** SMA_PROPOSE, 11.2.5.2. */
    SMA_PROPOSE(0x11, "11.2.5.2"),
    /** GK_MECH_CAPAB, 11.2.5.3. */
    GK_MECH_CAPAB(0x12, "11.2.5.3"),
    /** EN_DEC_CAPAB, 11.2.5.4. */
    EN_DEC_CAPAB(0x13, "11.2.5.4"),
    /** AUTH_ALG_CAPAB, 11.2.5.5. */
    AUTH_ALG_CAPAB(0x14, "11.2.5.5"),
    /** GK_MECH, 11.2.6.2. */
    GK_MECH(0x15, "11.2.6.2"),
    /** AUTH_MECH, 11.2.6.3. */
    AUTH_MECH(0x16, "11.2.6.3"),
    /** CON_EN_DEC_ALG, 11.2.6.4. */
    CON_EN_DEC_ALG(0x17, "11.2.6.4"),
    /** GK_EN_DEC_ALG, 11.2.6.5. */
    GK_EN_DEC_ALG(0x18, "11.2.6.5"),
    /** AUTH_ALG, 11.2.6.6. */
    AUTH_ALG(0x19, "11.2.6.6"),
    /** GK_MECH_DELIVER, 11.2.7.2. */
    GK_MECH_DELIVER(0x1A, "11.2.7.2"),
    /** AUTH_MECH_DELIVER, 11.2.7.3. */
    AUTH_MECH_DELIVER(0x1B, "11.2.7.3"),
    /** CON_EN_DEC_DELIVER, 11.2.7.4. */
    CON_EN_DEC_DELIVER(0x1C, "11.2.7.4"),
    /** GK_EN_DEC_DELIVER, 11.2.7.5. */
    GK_EN_DEC_DELIVER(0x1D, "11.2.7.5"),
    /** AUTH_ALG_DELIVER, 11.2.7.6. */
    AUTH_ALG_DELIVER(0x1E, "11.2.7.6"),
    /** SEC_RETURN, 11.2.8.2. */
    SEC_RETURN(0x1F, "11.2.8.2"),
    /** KEY_INFO with its KEY_MATERIAL sub-control, 11.2.9.2. */
    KEY_INFO(0x20, "11.2.9.2"),
    /** ACL_LIST with its ACL_DATA sub-control, 11.2.11.2. */
    ACL_LIST(0x21, "11.2.11.2"),
    /** SERV_USER_IDENT, 11.2.1. */
    SERV_USER_IDENT(0x22, "11.2.1"),
    /** AUTH, 11.2.3.2. */
    AUTH(0x23, "11.2.3.2"),
    /** AUTH_ANS with its optional KEY_MATERIAL sub-control, 11.2.4.2. */
    AUTH_ANS(0x24, "11.2.4.2");

    private static final CodeLookup<ControlType> LOOKUP =
            new CodeLookup<>(values(), "Control type", "X.603.1 Amd.1 Table 14");
    private final int code;
    private final String clause;

    ControlType(int code, String clause) {
        this.code = code;
        this.clause = clause.startsWith("docs") || clause.startsWith("X.") ? clause : "X.603.1 Amd.1 " + clause;
    }

    @Override
    public int code() {
        return code;
    }

    /** @return the clause that defines the control's format */
    public String clause() {
        return clause;
    }

    /**
     * @param code a Control type byte
     * @return the control type
     * @throws RmcpProtocolException if no control has this code
     */
    public static ControlType fromCode(int code) {
        return LOOKUP.fromCode(code);
    }

    static ControlType lookup(int code) {
        return LOOKUP.lookup(code);
    }
}

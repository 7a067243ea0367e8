package org.rmcp.codec;

/**
 * GK_MECHA codes (group key update property), X.603.1 Amd.1 clause 12.4, Table 19. Closed table. The
 * spec's words are kept: BACKWARD means rekey when a member <em>leaves</em>, FORWARD when one
 * <em>joins</em> (opposite to some literature); bit 0 = periodic, bit 1 = backward, bit 2 = forward.
 *
 * @since 1.0
 */
public enum GkMecha implements Coded {
    /** Only one group key per session. */
    STATIC(0x00),
    /** Group key updated periodically. */
    PERIODIC(0x01),
    /** Group key updated whenever a member leaves. */
    BACKWARD(0x02),
    /** PERIODIC+BACKWARD. */
    PERIODIC_BACKWARD(0x03),
    /** Group key updated whenever a member joins. */
    FORWARD(0x04),
    /** PERIODIC+FORWARD. */
    PERIODIC_FORWARD(0x05),
    /** BACKWARD+FORWARD. */
    BACKWARD_FORWARD(0x06),
    /** PERIODIC+FORWARD+BACKWARD (the table spells it "PERIOIDC"). */
    PERIODIC_FORWARD_BACKWARD(0x07);

    private static final CodeLookup<GkMecha> LOOKUP = new CodeLookup<>(values(), "GK_MECHA", "X.603.1 Amd.1 Table 19");
    private final int code;

    GkMecha(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code the GK_MECHA value
     * @return the table entry
     * @throws RmcpProtocolException if the table has no such code
     */
    public static GkMecha fromCode(int code) {
        return LOOKUP.fromCode(code);
    }

    /** @return whether Kg is updated periodically */
    public boolean periodic() {
        return (code & 0x01) != 0;
    }

    /** @return whether Kg is updated whenever a member leaves (BACKWARD) */
    public boolean onLeave() {
        return (code & 0x02) != 0;
    }

    /** @return whether Kg is updated whenever a member joins (FORWARD) */
    public boolean onJoin() {
        return (code & 0x04) != 0;
    }
}

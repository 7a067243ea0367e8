package org.rmcp.codec;

/**
 * A message that breaks the wire format of X.603.1 Amd.1 clause 11 (or our documented layout of
 * a basic message): names the message, the field and the byte offset (from the first byte of
 * the message header) where decoding stopped, plus the clause that was broken.
 *
 * <p>Unchecked, like Netty's {@code CorruptedFrameException}: a peer that sends one is
 * misbehaving and the caller usually drops the message or closes the channel.
 *
 * @since 1.0
 */
public final class RmcpProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of rule was broken. */
    public enum Reason {
        /** Fewer bytes than the field needs. */
        TRUNCATED,
        /** A Length field differs from the fixed value or from the bytes present. */
        BAD_LENGTH,
        /** A message larger than the configured maximum. */
        TOO_LONG,
        /** A code outside its table (version, node type, message type, table 16-25 codes). */
        BAD_CODE,
        /** A reserved field that is not 0x00. */
        RESERVED_NOT_ZERO,
        /** A control type no table defines. */
        UNKNOWN_CONTROL,
        /** A known control the message does not allow, or a node type that may not send it. */
        NOT_ALLOWED,
        /** A mandatory control is absent. */
        MISSING_CONTROL,
        /** A control that may appear once appears again. */
        DUPLICATE_CONTROL,
        /** A value outside the range the clause allows, or inconsistent with another field. */
        BAD_VALUE
    }

    private final String messageName;
    private final String field;
    private final int offset;
    private final String clause;
    private final Reason reason;
    private final String detail;

    /**
     * @param messageName the message type name ({@code "SECLIST"}), or {@code "?"} before it is known
     * @param field the field, with its control as prefix ({@code "GK_MECH.Length"})
     * @param offset byte offset of the field from the start of the message, or -1 if unknown
     * @param clause the clause of X.603.1 Amd.1 (or {@code docs/spec-notes.md}) that was broken
     * @param reason the kind of rule broken
     * @param detail what was found
     */
    public RmcpProtocolException(String messageName, String field, int offset, String clause, Reason reason,
            String detail) {
        super(format(messageName, field, offset, clause, reason, detail));
        this.messageName = messageName;
        this.field = field;
        this.offset = offset;
        this.clause = clause;
        this.reason = reason;
        this.detail = detail;
    }

    private static String format(String message, String field, int offset, String clause, Reason reason,
            String detail) {
        return message + ": " + field + (offset >= 0 ? " at offset " + offset : "") + ": " + reason + ": "
                + detail + " (" + clause + ")";
    }

    /** @return a copy placed at a message, field and offset (used when a code table lookup fails) */
    public RmcpProtocolException at(String newMessageName, String newField, int newOffset, String newClause) {
        return new RmcpProtocolException(newMessageName, newField, newOffset, newClause, reason, detail);
    }

    /** @return the message type name, or {@code "?"} if the header could not be read */
    public String messageName() {
        return messageName;
    }

    /** @return the offending field, e.g. {@code "GK_MECH.Length"} */
    public String field() {
        return field;
    }

    /** @return the byte offset of the field from the start of the message, or -1 */
    public int offset() {
        return offset;
    }

    /** @return the clause broken, e.g. {@code "X.603.1 Amd.1 11.2.6.2"} */
    public String clause() {
        return clause;
    }

    /** @return the kind of rule broken */
    public Reason reason() {
        return reason;
    }

    /** @return what was found, without the location */
    public String detail() {
        return detail;
    }
}

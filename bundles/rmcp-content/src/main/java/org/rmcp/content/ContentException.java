package org.rmcp.content;

import java.security.GeneralSecurityException;

/**
 * A DATA message (X.603.1 Amd.1 10.2.7) or a Kc installation was refused. Names the DATA field
 * at fault and why; never carries key material or plaintext.
 *
 * <p>An authentication failure is reported on {@link Field#PAYLOAD}: the tag covers the AAD
 * (SESSION_ID, MAID, KEY_EPOCH, SEQ_NO, see {@link ContentSuite}) and the ciphertext together, so
 * a modified header field that passes the earlier checks cannot be told from a modified payload.
 *
 * @since 1.0
 */
public final class ContentException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    /** The DATA field at fault (docs/spec-notes.md 2.5). */
    public enum Field {
        /** Session ID of the common header. */
        SESSION_ID,
        /** MAID of the common header: the SMA, the content's origin. */
        MAID,
        /** KEY_EPOCH, the Kc generation. */
        KEY_EPOCH,
        /** SEQ_NO within the epoch. */
        SEQ_NO,
        /** The sealed payload (ciphertext and tag). */
        PAYLOAD
    }

    /** Why the field was refused. */
    public enum Reason {
        /** Not the session this opener serves. */
        WRONG_SESSION,
        /** Not the SMA this opener expects. */
        WRONG_ORIGIN,
        /** No Kc of this epoch is held: never installed, or older than the ring keeps. */
        UNKNOWN_EPOCH,
        /** An epoch not newer than the newest held, or a known epoch with another key. */
        STALE_EPOCH,
        /** SEQ_NO not above the highest already opened in its epoch. */
        REPLAYED,
        /** The tag does not verify: modified, truncated, or under another Kc. */
        AUTHENTICATION,
        /** Too short to hold the cipher's framing and tag. */
        MALFORMED
    }

    private final Field field;
    private final Reason reason;

    /**
     * @param field the field at fault
     * @param reason why
     * @param detail more detail, never key material or plaintext
     */
    public ContentException(Field field, Reason reason, String detail) {
        super(field + ": " + reason + ": " + detail);
        this.field = field;
        this.reason = reason;
    }

    /** @return the field at fault */
    public Field field() {
        return field;
    }

    /** @return why it was refused */
    public Reason reason() {
        return reason;
    }
}

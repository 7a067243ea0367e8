package org.rmcp.transport;

import java.security.GeneralSecurityException;

/**
 * A protected control message (X.603.1 Amd.1 10.2.6, Table 11; layout in
 * docs/spec-notes-transport.md) was refused or could not be produced.
 *
 * @since 1.0
 */
public final class ProtectionException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** The tag (MAC or AEAD) did not verify: modified, truncated or under another key. */
        TAMPERED,
        /** The sequence number was seen before or is older than the replay window. */
        REPLAYED,
        /** Too short, a Length that disagrees with the bytes, or a negative sequence number. */
        MALFORMED,
        /** The protected message would exceed the 16-bit Length. */
        TOO_LONG,
        /** The sending sequence number space is used up: rekey. */
        EXHAUSTED
    }

    private final Reason reason;

    /**
     * @param reason what went wrong
     * @param message detail, never key material
     */
    public ProtectionException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    /** @return what went wrong */
    public Reason reason() {
        return reason;
    }
}

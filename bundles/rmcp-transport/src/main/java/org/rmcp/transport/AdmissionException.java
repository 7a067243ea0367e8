package org.rmcp.transport;

import java.io.IOException;

/**
 * TLS admission control refused or did not complete (X.603.1 Amd.1 10.1.1.1): the peer could
 * not be authenticated (unknown PSK identity, wrong key, untrusted or missing certificate), the
 * handshake timed out, or the connection failed or closed first. No channel exists afterwards.
 *
 * @since 1.0
 */
public final class AdmissionException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why admission failed. */
    public enum Reason {
        /** The TCP connection could not be made. */
        CONNECT_FAILED,
        /** A TLS alert ended the handshake (sent by us or by the peer). */
        HANDSHAKE_FAILED,
        /** The handshake did not finish within the configured timeout. */
        TIMEOUT,
        /** The connection closed before the handshake finished. */
        CLOSED
    }

    private final Reason reason;
    private final int alert;

    /**
     * @param reason why
     * @param alert the TLS AlertDescription code (RFC 8446 6), or -1 if no alert
     * @param message what happened, without key material
     * @param cause the underlying error, or {@code null}
     */
    public AdmissionException(Reason reason, int alert, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
        this.alert = alert;
    }

    /** @return why admission failed */
    public Reason reason() {
        return reason;
    }

    /** @return the TLS alert description code that ended the handshake, or -1 */
    public int alert() {
        return alert;
    }
}

package org.rmcp.sm.api;

/**
 * Which key protects a message the SM sends (X.603.1 Amd.1 10.1.1.1, 10.1.2, Table 11 as read in
 * docs/spec-notes.md): key delivery and everything to an RMA under that MA's KTLS, control
 * messages to the SMA and DMAs under the session key Ks.
 *
 * @since 1.0
 */
public enum Protection {
    /** The recipient's own TLS session key KTLS. */
    KTLS,
    /** The session key Ks of {@link SmSession#sessionKey()} (current epoch). */
    KS
}

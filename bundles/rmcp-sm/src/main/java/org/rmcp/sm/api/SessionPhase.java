package org.rmcp.sm.api;

/**
 * Where a session stands in the procedures of X.603.1 Amd.1 10.1.1 and 10.1.4.
 *
 * @since 1.0
 */
public enum SessionPhase {
    /** Ks exists (bootstrap); SMA and DMAs may subscribe; no SECAGREQ yet. */
    BOOTSTRAP,
    /** Collecting SECAGREQ from the SMA and DMAs until Security Agree.time (10.1.4.1). */
    AGREEING,
    /** SECLIST sent; waiting for SECAGANS from the SMA and the DMAs. */
    CONFIGURING,
    /** Policy established and acknowledged: RMAs may subscribe (10.1.1.4, 10.1.1.5, 10.1.4.2). */
    OPEN,
    /** The session cannot go on; {@link SmSession#failure()} says why. */
    FAILED
}

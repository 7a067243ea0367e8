package org.rmcp.sm.api;

/**
 * A member's progress through admission (10.1.1) and security agreement (10.1.4).
 *
 * @since 1.0
 */
public enum MemberState {
    /** SUBSANS OK sent (and Ks delivered to an SMA or DMA). */
    ADMITTED,
    /** SECAGREQ received; waiting for the policy. */
    REQUESTED,
    /** SECLIST sent; waiting for SECAGANS. */
    CONFIGURING,
    /** SECALGREQ received; the provisioning component delivers modules. */
    PROVISIONING,
    /** SECAGANS OK received. */
    CONFIGURED,
    /** Removed: SEC_RETURN failure, retransmissions exhausted, or it left. */
    EVICTED
}

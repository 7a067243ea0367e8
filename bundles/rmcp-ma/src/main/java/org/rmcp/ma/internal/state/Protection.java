package org.rmcp.ma.internal.state;

import org.rmcp.codec.NodeType;

/**
 * Which key protects a message the MA sends to the SM (X.603.1 Amd.1 10.1.1.1, 10.1.2, Table 11
 * as read in docs/spec-notes.md): the SMA and DMAs use the session key Ks, an RMA its KTLS.
 */
public enum Protection {
    /** The MA's own TLS session key KTLS. */
    KTLS,
    /** The session key Ks (current generation). */
    KS;

    /** @return the protection of control messages from an MA of {@code role} to the SM */
    public static Protection toSm(NodeType role) {
        return role == NodeType.RMA ? KTLS : KS;
    }
}

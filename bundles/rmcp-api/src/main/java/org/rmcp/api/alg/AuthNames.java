package org.rmcp.api.alg;

/**
 * AUTH_NAME code values (authentication mechanism), X.603.1 Amd.1 clause 12, Table 22.
 *
 * @since 1.0
 */
public final class AuthNames {
    /** Membership authentication, Annex E. */
    public static final int MEM_AUTH = 0x01;

    private AuthNames() {
    }
}

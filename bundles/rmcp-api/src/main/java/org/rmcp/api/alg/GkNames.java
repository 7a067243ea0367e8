package org.rmcp.api.alg;

/**
 * GK_NAME code values (group key mechanism), X.603.1 Amd.1 clause 12, Table 20. Open table.
 *
 * @since 1.0
 */
public final class GkNames {
    /** Key Distribution Center. */
    public static final int KDC = 0x01;
    /** Group Key Management Protocol (RFC 2093). */
    public static final int GKMP = 0x02;
    /** Multimedia Internet KEYing (RFC 3830). */
    public static final int MIKEY = 0x03;
    /** Group Secure Association Key Management Protocol (RFC 4535). */
    public static final int GSAKMP = 0x04;
    /** Logical Key Hierarchy (RFC 2627). */
    public static final int LKH = 0x05;

    private GkNames() {
    }
}

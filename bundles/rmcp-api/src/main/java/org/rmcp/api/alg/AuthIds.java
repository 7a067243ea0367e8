package org.rmcp.api.alg;

/**
 * AUTH_ID code values (hash/MAC algorithm), X.603.1 Amd.1 clause 12, Table 17. Open table.
 *
 * @since 1.0
 */
public final class AuthIds {
    /** HMAC-SHA1 (Table 10 writes "HMAC-SHA"). */
    public static final int HMAC_SHA1 = 0x01;
    /** HMAC-MD5. */
    public static final int HMAC_MD5 = 0x02;
    /** MD5, keyed-prefix construction: weak. */
    public static final int MD5 = 0x03;

    private AuthIds() {
    }
}

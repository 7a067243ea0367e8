package org.rmcp.api.alg;

/**
 * EN_DEC_ID code values, X.603.1 Amd.1 clause 12, Table 16. An open table: codes 0x10-0xFF
 * are "defined by the SM" (the text's {@code 1xNN}; see docs/spec-notes.md), so values stay
 * {@code int} and vendors may register more.
 *
 * @since 1.0
 */
public final class EnDecIds {
    /** AES CBC mode, 128-bit key. */
    public static final int AES_128_CBC = 0x01;
    /** AES CTR mode, 128-bit key. */
    public static final int AES_128_CTR = 0x02;
    /** PKCS #1 (RSA key transport). */
    public static final int PKCS1 = 0x03;
    /** SEED (RFC 4269), 128-bit key. */
    public static final int SEED = 0x04;
    /** First code of the SM-defined range (our reading of Table 16's {@code 1x00}). */
    public static final int SM_DEFINED_MIN = 0x10;
    /** Our choice in the SM-defined range: AES-128-GCM (AEAD). */
    public static final int AES_128_GCM = 0x11;
    /** Our choice in the SM-defined range: ChaCha20-Poly1305 (RFC 8439, AEAD). */
    public static final int CHACHA20_POLY1305 = 0x12;

    private EnDecIds() {
    }

    /** @return whether {@code id} is a standard code the SMA may propose (Table 16, below 1x00) */
    public static boolean isStandard(int id) {
        return id >= AES_128_CBC && id <= SEED;
    }
}

package org.rmcp.auth.memauth.internal;

import java.util.HexFormat;

/** RFC 5869 appendix A.1 (test case 1, HKDF with SHA-256), run by {@link MemAuthMechanism#selfTest()}. */
final class Kat {
    static final byte[] IKM = hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    static final byte[] SALT = hex("000102030405060708090a0b0c");
    static final byte[] INFO = hex("f0f1f2f3f4f5f6f7f8f9");
    static final int L = 42;
    static final byte[] PRK = hex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5");
    static final byte[] OKM = hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");

    private Kat() {
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }
}

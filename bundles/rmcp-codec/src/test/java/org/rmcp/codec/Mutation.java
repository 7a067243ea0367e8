package org.rmcp.codec;

import java.util.Arrays;
import java.util.HexFormat;

/** Byte edits of a golden vector for the malformed-input table. */
final class Mutation {
    private Mutation() {
    }

    /** @return {@code base} with bytes from {@code offset} replaced by {@code hex} */
    static byte[] set(byte[] base, int offset, String hex) {
        byte[] b = base.clone();
        byte[] v = HexFormat.of().parseHex(hex);
        System.arraycopy(v, 0, b, offset, v.length);
        return b;
    }

    /** @return the first {@code n} bytes, the header Length set to {@code n} */
    static byte[] truncate(byte[] base, int n) {
        return fixLength(Arrays.copyOf(base, n));
    }

    /** @return {@code base} plus {@code hex}, the header Length fixed */
    static byte[] append(byte[] base, String hex) {
        byte[] v = HexFormat.of().parseHex(hex);
        byte[] b = Arrays.copyOf(base, base.length + v.length);
        System.arraycopy(v, 0, b, base.length, v.length);
        return fixLength(b);
    }

    static byte[] fixLength(byte[] b) {
        b[2] = (byte) (b.length >>> 8);
        b[3] = (byte) b.length;
        return b;
    }
}

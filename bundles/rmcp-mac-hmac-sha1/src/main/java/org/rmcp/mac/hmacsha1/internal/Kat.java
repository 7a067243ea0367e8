package org.rmcp.mac.hmacsha1.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Known-answer vectors run by {@link HmacSha1Algorithm#selfTest()}, typed from their published sources. */
final class Kat {
    /** One vector: key (unused for digests), message and expected output. */
    record Vector(String name, byte[] key, byte[] data, byte[] expected) {
    }

    /** RFC 2202 section 3 (HMAC-SHA-1), test cases 1, 2, 6 and 7. */
    static final List<Vector> MAC = List.of(
        new Vector("RFC 2202 HMAC-SHA-1 test case 1", hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
            ascii("Hi There"), hex("b617318655057264e28bc0b6fb378c8ef146be00")),
        new Vector("RFC 2202 HMAC-SHA-1 test case 2", ascii("Jefe"),
            ascii("what do ya want for nothing?"), hex("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")),
        new Vector("RFC 2202 HMAC-SHA-1 test case 6", repeat(0xaa, 80),
            ascii("Test Using Larger Than Block-Size Key - Hash Key First"),
            hex("aa4ae5e15272d00e95705637ce8a3b55ed402112")),
        new Vector("RFC 2202 HMAC-SHA-1 test case 7", repeat(0xaa, 80),
            ascii("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
            hex("e8e99d0f45237d786d6bbaa7965c7808bbff1a91")));

    /** FIPS 180-1 Appendix A: SHA-1 of the one-block message "abc". */
    static final List<Vector> DIGEST = List.of(
        new Vector("FIPS 180-1 appendix A SHA-1(\"abc\")", new byte[0], ascii("abc"),
            hex("a9993e364706816aba3e25717850c26c9cd0d89d")));

    private Kat() {
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] repeat(int b, int n) {
        byte[] out = new byte[n];
        Arrays.fill(out, (byte) b);
        return out;
    }
}

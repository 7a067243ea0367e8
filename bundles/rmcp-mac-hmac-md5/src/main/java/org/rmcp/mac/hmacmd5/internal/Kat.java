package org.rmcp.mac.hmacmd5.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Known-answer vectors run by {@link HmacMd5Algorithm#selfTest()}, typed from their published sources. */
final class Kat {
    /** One vector: key (unused for digests), message and expected output. */
    record Vector(String name, byte[] key, byte[] data, byte[] expected) {
    }

    /** RFC 2202 section 2 (HMAC-MD5), test cases 1, 2, 6 and 7. */
    static final List<Vector> MAC = List.of(
        new Vector("RFC 2202 HMAC-MD5 test case 1", hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
            ascii("Hi There"), hex("9294727a3638bb1c13f48ef8158bfc9d")),
        new Vector("RFC 2202 HMAC-MD5 test case 2", ascii("Jefe"),
            ascii("what do ya want for nothing?"), hex("750c783e6ab0b503eaa86e310a5db738")),
        new Vector("RFC 2202 HMAC-MD5 test case 6", repeat(0xaa, 80),
            ascii("Test Using Larger Than Block-Size Key - Hash Key First"),
            hex("6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd")),
        new Vector("RFC 2202 HMAC-MD5 test case 7", repeat(0xaa, 80),
            ascii("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
            hex("6f630fad67cda0ee1fb1f562db3aa53e")));

    /** RFC 1321 appendix A.5 (MD5 test suite), three of its seven messages. */
    static final List<Vector> DIGEST = List.of(
        new Vector("RFC 1321 A.5 MD5(\"\")", new byte[0], ascii(""),
            hex("d41d8cd98f00b204e9800998ecf8427e")),
        new Vector("RFC 1321 A.5 MD5(\"abc\")", new byte[0], ascii("abc"),
            hex("900150983cd24fb0d6963f7d28e17f72")),
        new Vector("RFC 1321 A.5 MD5(\"message digest\")", new byte[0], ascii("message digest"),
            hex("f96b697d7cb7938d525a2f31aaf161d0")));

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

package org.rmcp.mac.hmacmd5.internal;

import static org.rmcp.alg.support.mac.KatVector.ascii;
import static org.rmcp.alg.support.mac.KatVector.hex;
import static org.rmcp.alg.support.mac.KatVector.repeat;

import java.util.List;
import org.rmcp.alg.support.mac.KatVector;

/** Known-answer vectors run by {@link HmacMd5Algorithm#selfTest()}, typed from their published sources. */
final class Kat {
    /** RFC 2202 section 2 (HMAC-MD5), test cases 1, 2, 6 and 7. */
    static final List<KatVector> MAC = List.of(
        new KatVector("RFC 2202 HMAC-MD5 test case 1", hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
            ascii("Hi There"), hex("9294727a3638bb1c13f48ef8158bfc9d")),
        new KatVector("RFC 2202 HMAC-MD5 test case 2", ascii("Jefe"),
            ascii("what do ya want for nothing?"), hex("750c783e6ab0b503eaa86e310a5db738")),
        new KatVector("RFC 2202 HMAC-MD5 test case 6", repeat(0xaa, 80),
            ascii("Test Using Larger Than Block-Size Key - Hash Key First"),
            hex("6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd")),
        new KatVector("RFC 2202 HMAC-MD5 test case 7", repeat(0xaa, 80),
            ascii("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
            hex("6f630fad67cda0ee1fb1f562db3aa53e")));

    /** RFC 1321 appendix A.5 (MD5 test suite), three of its seven messages. */
    static final List<KatVector> DIGEST = List.of(
        new KatVector("RFC 1321 A.5 MD5(\"\")", new byte[0], ascii(""),
            hex("d41d8cd98f00b204e9800998ecf8427e")),
        new KatVector("RFC 1321 A.5 MD5(\"abc\")", new byte[0], ascii("abc"),
            hex("900150983cd24fb0d6963f7d28e17f72")),
        new KatVector("RFC 1321 A.5 MD5(\"message digest\")", new byte[0], ascii("message digest"),
            hex("f96b697d7cb7938d525a2f31aaf161d0")));

    private Kat() {
    }
}

package org.rmcp.mac.hmacsha1.internal;

import static org.rmcp.alg.support.mac.KatVector.ascii;
import static org.rmcp.alg.support.mac.KatVector.hex;
import static org.rmcp.alg.support.mac.KatVector.repeat;

import java.util.List;
import org.rmcp.alg.support.mac.KatVector;

/** Known-answer vectors run by {@link HmacSha1Algorithm#selfTest()}, typed from their published sources. */
final class Kat {
    /** RFC 2202 section 3 (HMAC-SHA-1), test cases 1, 2, 6 and 7. */
    static final List<KatVector> MAC = List.of(
        new KatVector("RFC 2202 HMAC-SHA-1 test case 1", hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
            ascii("Hi There"), hex("b617318655057264e28bc0b6fb378c8ef146be00")),
        new KatVector("RFC 2202 HMAC-SHA-1 test case 2", ascii("Jefe"),
            ascii("what do ya want for nothing?"), hex("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")),
        new KatVector("RFC 2202 HMAC-SHA-1 test case 6", repeat(0xaa, 80),
            ascii("Test Using Larger Than Block-Size Key - Hash Key First"),
            hex("aa4ae5e15272d00e95705637ce8a3b55ed402112")),
        new KatVector("RFC 2202 HMAC-SHA-1 test case 7", repeat(0xaa, 80),
            ascii("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
            hex("e8e99d0f45237d786d6bbaa7965c7808bbff1a91")));

    /** FIPS 180-1 Appendix A: SHA-1 of the one-block message "abc". */
    static final List<KatVector> DIGEST = List.of(
        new KatVector("FIPS 180-1 appendix A SHA-1(\"abc\")", new byte[0], ascii("abc"),
            hex("a9993e364706816aba3e25717850c26c9cd0d89d")));

    private Kat() {
    }
}

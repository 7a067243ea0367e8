package org.rmcp.mac.md5.internal;

import static org.rmcp.alg.support.mac.KatVector.ascii;
import static org.rmcp.alg.support.mac.KatVector.hex;

import java.util.List;
import org.rmcp.alg.support.mac.KatVector;

/**
 * Known-answer vectors run by {@link Md5Algorithm#selfTest()}: RFC 1321 appendix A.5 digests,
 * split into key prefix and data (MD5(key || data) equals the digest of the whole message).
 */
final class Kat {
    private static final byte[] MD5_EMPTY = hex("d41d8cd98f00b204e9800998ecf8427e");
    private static final byte[] MD5_ABC = hex("900150983cd24fb0d6963f7d28e17f72");
    private static final byte[] MD5_MESSAGE_DIGEST = hex("f96b697d7cb7938d525a2f31aaf161d0");

    static final List<KatVector> VECTORS = List.of(
        new KatVector("RFC 1321 A.5 MD5(\"\"), empty key", ascii(""), ascii(""), MD5_EMPTY),
        new KatVector("RFC 1321 A.5 MD5(\"abc\"), key \"\" + data \"abc\"", ascii(""), ascii("abc"), MD5_ABC),
        new KatVector("RFC 1321 A.5 MD5(\"abc\"), key \"a\" + data \"bc\"", ascii("a"), ascii("bc"), MD5_ABC),
        new KatVector("RFC 1321 A.5 MD5(\"abc\"), key \"abc\" + data \"\"", ascii("abc"), ascii(""), MD5_ABC),
        new KatVector("RFC 1321 A.5 MD5(\"message digest\"), key \"message\" + data \" digest\"",
            ascii("message"), ascii(" digest"), MD5_MESSAGE_DIGEST));

    private Kat() {
    }
}

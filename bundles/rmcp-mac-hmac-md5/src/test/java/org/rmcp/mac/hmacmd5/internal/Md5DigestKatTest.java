package org.rmcp.mac.hmacmd5.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.testkit.VectorReader;

/** {@code digest()} is plain MD5: the RFC 1321 appendix A.5 test suite, exact bytes. */
class Md5DigestKatTest {
    private final HmacMd5Algorithm alg = new HmacMd5Algorithm();

    static List<VectorReader.Vector> vectors() {
        return VectorReader.read(Md5DigestKatTest.class, "/vectors/rfc1321/md5-test-suite.txt");
    }

    @Test
    void fileHoldsTheWholeSuite() {
        assertEquals(7, vectors().size());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void digestIsThePublishedOne(VectorReader.Vector v) {
        byte[] message = v.get("MESSAGE").getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(v.hex("DIGEST"), alg.digest(ByteBuffer.wrap(message)), v.toString());
    }
}

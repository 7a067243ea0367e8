package org.rmcp.mac.hmacsha1.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.testkit.VectorReader;

/** RFC 2202 section 3, all seven HMAC-SHA-1 test cases, exact bytes. */
class HmacSha1KatTest {
    private static final String FILE = "/vectors/rfc2202/hmac-sha1.txt";
    private final HmacSha1Algorithm alg = new HmacSha1Algorithm();

    static List<VectorReader.Vector> vectors() {
        return VectorReader.read(HmacSha1KatTest.class, FILE);
    }

    @Test
    void fileHoldsAllSevenCases() {
        assertEquals(7, vectors().size());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void tagIsThePublishedDigest(VectorReader.Vector v) throws GeneralSecurityException {
        byte[] key = Rfc2202Values.bytes(v, "key");
        byte[] data = Rfc2202Values.bytes(v, "data");
        byte[] expected = Rfc2202Values.bytes(v, "digest");
        assertArrayEquals(expected, alg.mac(key, ByteBuffer.wrap(data)), v.toString());
        assertTrue(alg.verify(key, expected, ByteBuffer.wrap(data)), v.toString());
        if (v.has("digest-96")) {
            byte[] truncated = Rfc2202Values.parse(v.get("digest-96"));
            assertArrayEquals(truncated, Arrays.copyOf(alg.mac(key, ByteBuffer.wrap(data)), truncated.length));
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void directAndSplitBuffersGiveThePublishedDigest(VectorReader.Vector v) throws GeneralSecurityException {
        byte[] data = Rfc2202Values.bytes(v, "data");
        int half = data.length / 2;
        ByteBuffer head = ByteBuffer.allocateDirect(half).put(data, 0, half).flip();
        ByteBuffer tail = ByteBuffer.wrap(data, half, data.length - half);
        assertArrayEquals(Rfc2202Values.bytes(v, "digest"), alg.mac(Rfc2202Values.bytes(v, "key"), head, tail));
    }
}

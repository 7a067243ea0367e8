package org.rmcp.mac.md5.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.testkit.VectorReader;

/**
 * RFC 1321 appendix A.5, exact bytes: {@code digest(m)} is the published MD5, and so is
 * {@code mac(key, data)} for every split of m into key prefix and data.
 */
class Md5KatTest {
    private final Md5Algorithm alg = new Md5Algorithm();

    static List<VectorReader.Vector> vectors() {
        return VectorReader.read(Md5KatTest.class, "/vectors/rfc1321/md5-test-suite.txt");
    }

    @Test
    void fileHoldsTheWholeSuite() {
        assertEquals(7, vectors().size());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void digestIsThePublishedOne(VectorReader.Vector v) {
        assertArrayEquals(v.hex("DIGEST"), alg.digest(ByteBuffer.wrap(message(v))), v.toString());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void keyedPrefixOfEverySplitIsThePublishedDigest(VectorReader.Vector v) {
        byte[] m = message(v);
        for (int split : new TreeSet<>(List.of(0, Math.min(1, m.length), m.length / 2, m.length))) {
            byte[] key = Arrays.copyOfRange(m, 0, split);
            ByteBuffer data = ByteBuffer.wrap(m, split, m.length - split);
            assertArrayEquals(v.hex("DIGEST"), alg.mac(key, data), v + " split at " + split);
            assertTrue(alg.verify(key, v.hex("DIGEST"), ByteBuffer.wrap(m, split, m.length - split)));
        }
    }

    private static byte[] message(VectorReader.Vector v) {
        return v.get("MESSAGE").getBytes(StandardCharsets.US_ASCII);
    }
}

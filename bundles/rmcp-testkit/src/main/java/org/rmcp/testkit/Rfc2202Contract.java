package org.rmcp.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * RFC 2202 known answers for an HMAC {@link AuthAlgorithm}: all seven published cases, exact
 * bytes (whole, truncated to 96 bits, and over split heap/direct buffers), plus every
 * single-bit change of key, data and tag of one vector refused by {@code verify}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class Rfc2202Contract {
    /** @return the algorithm under test */
    protected abstract AuthAlgorithm algorithm();

    /** @return the vector file, e.g. {@code /vectors/rfc2202/hmac-sha1.txt} (section 2 or 3 of the RFC) */
    protected abstract String vectorFile();

    List<VectorReader.Vector> vectors() {
        return VectorReader.read(getClass(), vectorFile());
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
        assertArrayEquals(expected, algorithm().mac(key, ByteBuffer.wrap(data)), v.toString());
        assertTrue(algorithm().verify(key, expected, ByteBuffer.wrap(data)), v.toString());
        if (v.has("digest-96")) {
            byte[] truncated = Rfc2202Values.parse(v.get("digest-96"));
            assertArrayEquals(truncated, Arrays.copyOf(algorithm().mac(key, ByteBuffer.wrap(data)), truncated.length));
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void directAndSplitBuffersGiveThePublishedDigest(VectorReader.Vector v) throws GeneralSecurityException {
        byte[] data = Rfc2202Values.bytes(v, "data");
        int half = data.length / 2;
        ByteBuffer head = ByteBuffer.allocateDirect(half).put(data, 0, half).flip();
        ByteBuffer tail = ByteBuffer.wrap(data, half, data.length - half);
        assertArrayEquals(Rfc2202Values.bytes(v, "digest"), algorithm().mac(Rfc2202Values.bytes(v, "key"), head, tail));
    }

    @Test
    void everyFlippedBitOfKeyDataOrTagIsDetected() throws GeneralSecurityException {
        VectorReader.Vector v = vectors().get(1);
        byte[] key = Rfc2202Values.bytes(v, "key");
        byte[] data = Rfc2202Values.bytes(v, "data");
        byte[] tag = Rfc2202Values.bytes(v, "digest");
        assertTrue(algorithm().verify(key, tag, ByteBuffer.wrap(data)));
        for (int bit = 0; bit < data.length * 8; bit++) {
            assertFalse(algorithm().verify(key, tag, ByteBuffer.wrap(flip(data, bit))), "data bit " + bit);
        }
        for (int bit = 0; bit < tag.length * 8; bit++) {
            assertFalse(algorithm().verify(key, flip(tag, bit), ByteBuffer.wrap(data)), "tag bit " + bit);
        }
        for (int bit = 0; bit < key.length * 8; bit++) {
            assertFalse(algorithm().verify(flip(key, bit), tag, ByteBuffer.wrap(data)), "key bit " + bit);
        }
        assertFalse(algorithm().verify(key, tag, ByteBuffer.wrap(data, 0, data.length - 1)));
        assertFalse(algorithm().verify(key, tag, ByteBuffer.wrap(data), ByteBuffer.wrap(new byte[1])));
        assertFalse(algorithm().verify(key, Arrays.copyOf(tag, 12), ByteBuffer.wrap(data)));
        assertFalse(algorithm().verify(key, Arrays.copyOf(tag, tag.length + 1), ByteBuffer.wrap(data)));
    }

    private static byte[] flip(byte[] b, int bit) {
        byte[] c = b.clone();
        c[bit / 8] ^= (byte) (1 << (bit % 8));
        return c;
    }
}

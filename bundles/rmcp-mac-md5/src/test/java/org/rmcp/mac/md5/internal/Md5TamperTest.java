package org.rmcp.mac.md5.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Bit flips in key, data or tag are detected; the unbound key/data boundary is the known weakness. */
class Md5TamperTest {
    private final Md5Algorithm alg = new Md5Algorithm();
    private final byte[] key = ascii("message");
    private final byte[] data = ascii(" digest");
    // RFC 1321 A.5: MD5("message digest")
    private final byte[] tag = HexFormat.of().parseHex("f96b697d7cb7938d525a2f31aaf161d0");

    @Test
    void everyFlippedBitIsDetected() {
        assertTrue(alg.verify(key, tag, ByteBuffer.wrap(data)));
        for (int bit = 0; bit < data.length * 8; bit++) {
            assertFalse(alg.verify(key, tag, ByteBuffer.wrap(flip(data, bit))), "data bit " + bit);
        }
        for (int bit = 0; bit < key.length * 8; bit++) {
            assertFalse(alg.verify(flip(key, bit), tag, ByteBuffer.wrap(data)), "key bit " + bit);
        }
        for (int bit = 0; bit < tag.length * 8; bit++) {
            assertFalse(alg.verify(key, flip(tag, bit), ByteBuffer.wrap(data)), "tag bit " + bit);
        }
        assertFalse(alg.verify(key, Arrays.copyOf(tag, 15), ByteBuffer.wrap(data)));
    }

    @Test
    void keyDataBoundaryIsNotBound() {
        // documents the weakness the name advertises: moving bytes between key and data keeps the tag
        assertArrayEquals(alg.mac(ascii("messag"), ByteBuffer.wrap(ascii("e digest"))), alg.mac(key, ByteBuffer.wrap(data)));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] flip(byte[] b, int bit) {
        byte[] c = b.clone();
        c[bit / 8] ^= (byte) (1 << (bit % 8));
        return c;
    }
}

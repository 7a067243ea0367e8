package org.rmcp.mac.hmacmd5.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rmcp.testkit.VectorReader;

/** Every single-bit change of key, data or tag of an RFC 2202 vector must fail verification. */
class HmacMd5TamperTest {
    private final HmacMd5Algorithm alg = new HmacMd5Algorithm();
    private final VectorReader.Vector v = HmacMd5KatTest.vectors().get(1);
    private final byte[] key = Rfc2202Values.bytes(v, "key");
    private final byte[] data = Rfc2202Values.bytes(v, "data");
    private final byte[] tag = Rfc2202Values.bytes(v, "digest");

    @Test
    void untouchedVectorVerifies() throws GeneralSecurityException {
        assertTrue(alg.verify(key, tag, ByteBuffer.wrap(data)));
    }

    @Test
    void everyFlippedBitIsDetected() throws GeneralSecurityException {
        for (int bit = 0; bit < data.length * 8; bit++) {
            assertFalse(alg.verify(key, tag, ByteBuffer.wrap(flip(data, bit))), "data bit " + bit);
        }
        for (int bit = 0; bit < tag.length * 8; bit++) {
            assertFalse(alg.verify(key, flip(tag, bit), ByteBuffer.wrap(data)), "tag bit " + bit);
        }
        for (int bit = 0; bit < key.length * 8; bit++) {
            assertFalse(alg.verify(flip(key, bit), tag, ByteBuffer.wrap(data)), "key bit " + bit);
        }
    }

    @Test
    void truncatedOrExtendedInputsAreDetected() throws GeneralSecurityException {
        assertFalse(alg.verify(key, tag, ByteBuffer.wrap(data, 0, data.length - 1)));
        assertFalse(alg.verify(key, tag, ByteBuffer.wrap(data), ByteBuffer.wrap(new byte[1])));
        assertFalse(alg.verify(key, Arrays.copyOf(tag, 12), ByteBuffer.wrap(data)));
        assertFalse(alg.verify(key, Arrays.copyOf(tag, 21), ByteBuffer.wrap(data)));
    }

    private static byte[] flip(byte[] b, int bit) {
        byte[] c = b.clone();
        c[bit / 8] ^= (byte) (1 << (bit % 8));
        return c;
    }
}

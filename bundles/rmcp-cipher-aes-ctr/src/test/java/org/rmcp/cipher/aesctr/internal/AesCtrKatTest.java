package org.rmcp.cipher.aesctr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.IllegalBlockSizeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.alg.support.Jca;
import org.rmcp.testkit.VectorReader;
import org.rmcp.testkit.VectorReader.Vector;

/** SP 800-38A F.5.1/F.5.2 through the component's ICB || C framing, and the counter limit. */
class AesCtrKatTest {
    private final AesCtrAlgorithm alg = new AesCtrAlgorithm();

    static List<Vector> vectors() {
        return VectorReader.read(AesCtrKatTest.class, "/vectors/sp800-38a/ctr-aes128.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void publishedVectorsThroughTheFraming(Vector v) throws GeneralSecurityException {
        Key key = alg.key(v.hex("KEY"));
        byte[] framed = concat(v.hex("ICB"), v.hex("CIPHERTEXT"));
        if (v.get("section").equals("ENCRYPT")) {
            ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(v.hex("PLAINTEXT").length));
            int n = alg.seal(Jca.newCipher(AesCtrAlgorithm.TRANSFORMATION), key, v.hex("ICB"),
                ByteBuffer.wrap(v.hex("PLAINTEXT")), out);
            assertArrayEquals(framed, Arrays.copyOf(out.array(), n));
        } else {
            assertArrayEquals(v.hex("PLAINTEXT"), alg.decrypt(key, framed));
        }
    }

    @Test
    void initialCounterBlockIsRandomNonceThenZeroCounter() throws GeneralSecurityException {
        Key key = alg.generateKey(new SecureRandom());
        byte[] a = alg.encrypt(key, new byte[40]);
        byte[] b = alg.encrypt(key, new byte[40]);
        assertEquals(16 + 40, a.length);
        assertArrayEquals(new byte[4], Arrays.copyOfRange(a, 12, 16));
        assertArrayEquals(new byte[4], Arrays.copyOfRange(b, 12, 16));
        assertFalse(Arrays.equals(Arrays.copyOf(a, 12), Arrays.copyOf(b, 12)), "nonce repeated");
    }

    @Test
    void refusesAMessageThatWouldRunThe32BitCounterPastItsEnd() throws GeneralSecurityException {
        Key key = alg.key(new byte[16]);
        byte[] icb = new byte[16];
        Arrays.fill(icb, 12, 16, (byte) 0xff); // counter 2^32 - 1: exactly one block left
        ByteBuffer out = ByteBuffer.allocate(64);
        assertEquals(32, alg.seal(Jca.newCipher(AesCtrAlgorithm.TRANSFORMATION), key, icb,
            ByteBuffer.allocate(16), out));
        assertThrows(IllegalBlockSizeException.class, () -> alg.seal(Jca.newCipher(AesCtrAlgorithm.TRANSFORMATION),
            key, icb, ByteBuffer.allocate(17), ByteBuffer.allocate(64)));
        byte[] forged = new byte[16 + 17];
        System.arraycopy(icb, 0, forged, 0, 16);
        assertThrows(IllegalBlockSizeException.class, () -> alg.decrypt(key, forged));
    }

    @Test
    void limitIsTwoToThe32BlocksFromCounterZero() {
        byte[] icb = new byte[16];
        assertDoesNotThrow(() -> AesCtrAlgorithm.checkCounter(icb, (1L << 36)));
        assertThrows(IllegalBlockSizeException.class, () -> AesCtrAlgorithm.checkCounter(icb, (1L << 36) + 1));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

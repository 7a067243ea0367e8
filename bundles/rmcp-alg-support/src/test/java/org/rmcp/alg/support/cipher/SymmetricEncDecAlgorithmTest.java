package org.rmcp.alg.support.cipher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SymmetricEncDecAlgorithmTest {
    /** Enough of a component to test the base: 8 bytes of framing overhead, nothing encrypted. */
    private static final class Probe extends SymmetricEncDecAlgorithm {
        Probe(boolean aead) {
            super(0x7e, "PROBE", aead, "ChaCha20", 32);
        }

        @Override
        public int maxCiphertextLength(int plaintextLength) {
            return JcaFraming.framedLength(plaintextLength, 8);
        }

        @Override
        public int encrypt(Key key, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) {
            requireRoom(plaintext.remaining(), out);
            return 0;
        }

        @Override
        public int decrypt(Key key, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) {
            return 0;
        }

        @Override
        public void selfTest() {
        }
    }

    @Test
    void describesItselfFromTheConstructor() {
        Probe p = new Probe(true);
        assertEquals(0x7e, p.code());
        assertEquals("PROBE", p.name());
        assertTrue(p.aead());
        assertFalse(new Probe(false).aead());
        assertEquals(32, p.keyLength());
        assertFalse(p.asymmetric());
        assertFalse(p.weak());
    }

    @Test
    void keysFollowTheFormat() throws Exception {
        Probe p = new Probe(false);
        Key k = p.generateKey(new SecureRandom());
        assertEquals("ChaCha20", k.getAlgorithm());
        assertEquals(32, k.getEncoded().length);
        assertEquals("ChaCha20", p.key(new byte[32]).getAlgorithm());
        assertEquals("PROBE needs a 32-byte key", assertThrows(InvalidKeyException.class, () -> p.key(new byte[16])).getMessage());
        assertThrows(InvalidKeyException.class, () -> p.keys().check(new SecretKeySpec(new byte[32], "AES")));
    }

    @Test
    void requireRoomComparesAgainstMaxCiphertextLength() {
        Probe p = new Probe(false);
        assertDoesNotThrow(() -> p.encrypt(null, null, ByteBuffer.allocate(10), ByteBuffer.allocate(18)));
        assertThrows(BufferOverflowException.class, () -> p.encrypt(null, null, ByteBuffer.allocate(10), ByteBuffer.allocate(17)));
    }
}

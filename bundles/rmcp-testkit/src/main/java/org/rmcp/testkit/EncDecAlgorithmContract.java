package org.rmcp.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rmcp.spi.cipher.EncDecAlgorithm;

/**
 * Contract every {@link EncDecAlgorithm} bundle's tests extend (house style 5.7): round trip at
 * block edges, wrong key, tamper detection for AEAD, fresh IV/nonce per message, output bounds.
 * Asymmetric algorithms override the key hooks and {@link #maxPlaintext()}.
 */
public abstract class EncDecAlgorithmContract {
    protected static final SecureRandom RANDOM = new SecureRandom();

    /** @return the algorithm under test (a fresh instance is fine) */
    protected abstract EncDecAlgorithm algorithm();

    /** @return the expected EN_DEC_ID */
    protected abstract int expectedCode();

    /** @return a key to encrypt with */
    protected Key encryptionKey() throws GeneralSecurityException {
        return sharedKey();
    }

    /** @return the matching key to decrypt with */
    protected Key decryptionKey() throws GeneralSecurityException {
        return sharedKey();
    }

    /** @return a key that must not decrypt what {@link #encryptionKey()} encrypted */
    protected Key wrongDecryptionKey() throws GeneralSecurityException {
        return algorithm().generateKey(RANDOM);
    }

    /** @return the largest plaintext the algorithm accepts (RSA limits it) */
    protected int maxPlaintext() {
        return 1 << 16;
    }

    private Key shared;

    private Key sharedKey() {
        if (shared == null) {
            shared = algorithm().generateKey(RANDOM);
        }
        return shared;
    }

    @Test
    void advertisesItsCodeAndName() {
        assertEquals(expectedCode(), algorithm().code());
        assertFalse(algorithm().name().isBlank());
    }

    @Test
    void selfTestPasses() throws GeneralSecurityException {
        algorithm().selfTest();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 16, 17, 31, 32, 33, 100, 1024, 4096, 65536})
    void roundTrips(int size) throws GeneralSecurityException {
        int n = Math.min(size, maxPlaintext());
        byte[] plain = new byte[n];
        RANDOM.nextBytes(plain);
        EncDecAlgorithm alg = algorithm();
        byte[] ct = alg.encrypt(encryptionKey(), plain);
        assertTrue(ct.length <= alg.maxCiphertextLength(n), "ciphertext longer than maxCiphertextLength");
        assertArrayEquals(plain, alg.decrypt(decryptionKey(), ct));
    }

    @Test
    void byteBufferFormsAdvanceBuffersAndAgreeWithArrays() throws GeneralSecurityException {
        EncDecAlgorithm alg = algorithm();
        byte[] plain = new byte[Math.min(1000, maxPlaintext())];
        RANDOM.nextBytes(plain);
        ByteBuffer in = ByteBuffer.allocateDirect(plain.length).put(plain).flip();
        ByteBuffer out = ByteBuffer.allocateDirect(alg.maxCiphertextLength(plain.length));
        int written = alg.encrypt(encryptionKey(), null, in, out);
        assertEquals(0, in.remaining(), "plaintext not consumed");
        assertEquals(written, out.position());
        byte[] ct = new byte[written];
        out.flip().get(ct);
        assertArrayEquals(plain, alg.decrypt(decryptionKey(), ct));
    }

    @Test
    void samePlaintextNeverGivesSameCiphertext() throws GeneralSecurityException {
        EncDecAlgorithm alg = algorithm();
        byte[] plain = new byte[Math.min(64, maxPlaintext())];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(seen.add(Arrays.toString(alg.encrypt(encryptionKey(), plain))), "IV/nonce repeated");
        }
    }

    @Test
    void wrongKeyDoesNotRecoverPlaintext() throws GeneralSecurityException {
        EncDecAlgorithm alg = algorithm();
        byte[] plain = new byte[Math.min(48, maxPlaintext())];
        RANDOM.nextBytes(plain);
        byte[] ct = alg.encrypt(encryptionKey(), plain);
        byte[] recovered;
        try {
            recovered = alg.decrypt(wrongDecryptionKey(), ct);
        } catch (GeneralSecurityException expected) {
            return;
        }
        assertFalse(Arrays.equals(plain, recovered), "a wrong key recovered the plaintext");
    }

    @Test
    void tamperedCiphertextIsRefusedByAead() throws GeneralSecurityException {
        EncDecAlgorithm alg = algorithm();
        if (!alg.aead()) {
            return;
        }
        byte[] ct = alg.encrypt(encryptionKey(), new byte[40]);
        for (int i = 0; i < ct.length; i += 7) {
            byte[] bad = ct.clone();
            bad[i] ^= 0x01;
            assertThrows(GeneralSecurityException.class, () -> alg.decrypt(decryptionKey(), bad), "flip at " + i);
        }
    }

    @Test
    void aadIsBoundByAead() throws GeneralSecurityException {
        EncDecAlgorithm alg = algorithm();
        if (!alg.aead()) {
            return;
        }
        byte[] plain = new byte[33];
        ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(plain.length));
        int n = alg.encrypt(encryptionKey(), ByteBuffer.wrap(new byte[] {1, 2, 3}), ByteBuffer.wrap(plain), out);
        byte[] ct = Arrays.copyOf(out.array(), n);
        ByteBuffer dst = ByteBuffer.allocate(n);
        assertEquals(plain.length, alg.decrypt(decryptionKey(), ByteBuffer.wrap(new byte[] {1, 2, 3}), ByteBuffer.wrap(ct), dst));
        assertThrows(GeneralSecurityException.class, () -> alg.decrypt(decryptionKey(),
            ByteBuffer.wrap(new byte[] {1, 2, 4}), ByteBuffer.wrap(ct), ByteBuffer.allocate(n)));
    }

    @Test
    void truncatedCiphertextIsAnErrorNotAnException() {
        EncDecAlgorithm alg = algorithm();
        assertThrows(GeneralSecurityException.class, () -> alg.decrypt(decryptionKey(), new byte[3]));
    }

    @Test
    void keyOfWrongLengthIsRefused() throws GeneralSecurityException {
        EncDecAlgorithm alg = algorithm();
        if (alg.asymmetric()) {
            return;
        }
        assertEquals(alg.keyLength(), alg.key(new byte[alg.keyLength()]).getEncoded().length);
        assertThrows(GeneralSecurityException.class, () -> alg.key(new byte[alg.keyLength() - 1]));
        assertNotEquals(0, alg.keyLength());
    }
}

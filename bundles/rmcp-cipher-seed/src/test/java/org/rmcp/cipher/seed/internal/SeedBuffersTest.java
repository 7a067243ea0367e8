package org.rmcp.cipher.seed.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.BadPaddingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The heap, direct, chunked and same-array paths of {@link SeedCbc} agree byte for byte. */
class SeedBuffersTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SeedCbcAlgorithm alg = new SeedCbcAlgorithm();

    private byte[] sealHeap(Key key, byte[] iv, byte[] plain) throws GeneralSecurityException {
        ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(plain.length));
        int n = alg.seal(SeedCbc.newCipher(), key, iv, ByteBuffer.wrap(plain), out);
        return Arrays.copyOf(out.array(), n);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 16, 17, 4095, 4096, 4097, 10_000})
    void directBuffersGiveTheSameBytesAsHeapBuffers(int size) throws GeneralSecurityException {
        Key key = alg.generateKey(RANDOM);
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        byte[] plain = new byte[size];
        RANDOM.nextBytes(plain);
        byte[] expected = sealHeap(key, iv, plain);
        ByteBuffer in = ByteBuffer.allocateDirect(size).put(plain).flip();
        ByteBuffer out = ByteBuffer.allocateDirect(alg.maxCiphertextLength(size));
        assertEquals(expected.length, alg.seal(SeedCbc.newCipher(), key, iv, in, out));
        byte[] got = new byte[expected.length];
        out.flip().get(got);
        assertArrayEquals(expected, got);
        ByteBuffer back = ByteBuffer.allocateDirect(expected.length);
        int n = alg.decrypt(key, null, ByteBuffer.allocateDirect(expected.length).put(expected).flip(), back);
        byte[] plainBack = new byte[n];
        back.flip().get(plainBack);
        assertArrayEquals(plain, plainBack);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -16, 16, 32})
    void windowsOfOneArrayMayOverlap(int shift) throws GeneralSecurityException {
        Key key = alg.generateKey(RANDOM);
        byte[] iv = new byte[16];
        byte[] plain = new byte[100];
        RANDOM.nextBytes(plain);
        byte[] expected = sealHeap(key, iv, plain);
        byte[] shared = new byte[400];
        int inAt = 100;
        System.arraycopy(plain, 0, shared, inAt, plain.length);
        ByteBuffer in = ByteBuffer.wrap(shared, inAt, plain.length);
        ByteBuffer out = ByteBuffer.wrap(shared, inAt + shift, expected.length);
        alg.seal(SeedCbc.newCipher(), key, iv, in, out);
        assertArrayEquals(expected, Arrays.copyOfRange(shared, inAt + shift, inAt + shift + expected.length));
    }

    @Test
    void badPaddingLeavesNoPlaintextBehind() throws GeneralSecurityException {
        Key key = alg.generateKey(RANDOM);
        byte[] ct = alg.encrypt(key, new byte[40]);
        ct[ct.length - 17] ^= 0x55; // corrupts the last plaintext block through CBC
        ByteBuffer out = ByteBuffer.allocate(ct.length);
        assertThrows(BadPaddingException.class, () -> alg.decrypt(key, null, ByteBuffer.wrap(ct), out));
        assertEquals(0, out.position());
        assertArrayEquals(new byte[ct.length], out.array());
    }
}

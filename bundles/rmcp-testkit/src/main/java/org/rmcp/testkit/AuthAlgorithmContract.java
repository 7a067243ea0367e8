package org.rmcp.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * Contract every {@link AuthAlgorithm} bundle's tests extend: tag length, verification,
 * tamper and wrong-key detection, split-buffer equivalence, buffers left unmoved.
 */
public abstract class AuthAlgorithmContract {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @return the algorithm under test */
    protected abstract AuthAlgorithm algorithm();

    /** @return the expected AUTH_ID */
    protected abstract int expectedCode();

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
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

    @Test
    void tagHasTheAdvertisedLengthAndVerifies() throws GeneralSecurityException {
        byte[] key = random(20);
        byte[] data = random(300);
        byte[] tag = algorithm().mac(key, ByteBuffer.wrap(data));
        assertEquals(algorithm().macLength(), tag.length);
        assertTrue(algorithm().verify(key, tag, ByteBuffer.wrap(data)));
    }

    @Test
    void tamperedDataOrTagIsRefused() throws GeneralSecurityException {
        byte[] key = random(20);
        byte[] data = random(64);
        byte[] tag = algorithm().mac(key, ByteBuffer.wrap(data));
        byte[] badData = data.clone();
        badData[17] ^= 0x40;
        assertFalse(algorithm().verify(key, tag, ByteBuffer.wrap(badData)));
        byte[] badTag = tag.clone();
        badTag[badTag.length - 1] ^= 0x01;
        assertFalse(algorithm().verify(key, badTag, ByteBuffer.wrap(data)));
        assertFalse(algorithm().verify(key, Arrays.copyOf(tag, tag.length - 1), ByteBuffer.wrap(data)));
    }

    @Test
    void wrongKeyGivesAnotherTag() throws GeneralSecurityException {
        byte[] data = random(64);
        byte[] key = random(16);
        byte[] other = key.clone();
        other[0] ^= 1;
        assertFalse(Arrays.equals(algorithm().mac(key, ByteBuffer.wrap(data)), algorithm().mac(other, ByteBuffer.wrap(data))));
    }

    @Test
    void splitBuffersEqualTheWholeAndStayUnmoved() throws GeneralSecurityException {
        byte[] key = random(16);
        byte[] data = random(100);
        ByteBuffer a = ByteBuffer.wrap(data, 0, 33).slice();
        ByteBuffer b = ByteBuffer.allocateDirect(67).put(data, 33, 67).flip();
        byte[] split = algorithm().mac(key, a, b);
        assertEquals(0, a.position());
        assertEquals(0, b.position());
        assertArrayEquals(algorithm().mac(key, ByteBuffer.wrap(data)), split);
    }

    @Test
    void digestHasTheAdvertisedLengthAndIsDeterministic() {
        byte[] data = random(77);
        byte[] d = algorithm().digest(ByteBuffer.wrap(data));
        assertEquals(algorithm().digestLength(), d.length);
        assertArrayEquals(d, algorithm().digest(ByteBuffer.wrap(data)));
    }
}

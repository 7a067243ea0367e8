package org.rmcp.alg.support.cipher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretKeyFormatTest {
    private final SecretKeyFormat aes = new SecretKeyFormat("AES-128-X", "AES", 16);

    @Test
    void generatesFreshKeysOfTheAlgorithmAndLength() {
        SecureRandom random = new SecureRandom();
        Key a = aes.generate(random);
        Key b = aes.generate(random);
        assertEquals("AES", a.getAlgorithm());
        assertEquals(16, a.getEncoded().length);
        assertFalse(Arrays.equals(a.getEncoded(), b.getEncoded()));
    }

    @Test
    void wrapsExactlyTheRightLength() throws InvalidKeyException {
        byte[] raw = new byte[16];
        raw[0] = 1;
        assertArrayEquals(raw, aes.wrap(raw).getEncoded());
        assertEquals("AES-128-X needs a 16-byte key", assertThrows(InvalidKeyException.class, () -> aes.wrap(new byte[15])).getMessage());
        assertThrows(InvalidKeyException.class, () -> aes.wrap(new byte[17]));
        assertThrows(InvalidKeyException.class, () -> aes.wrap(null));
    }

    @Test
    void checkPassesAKeyOfThisFormatThrough() throws InvalidKeyException {
        Key key = new SecretKeySpec(new byte[16], "aes");
        assertSame(key, aes.check(key));
    }

    @Test
    void checkRefusesOtherAlgorithmsLengthsAndNull() {
        String message = "AES-128-X needs a 16-byte AES key";
        assertEquals(message, assertThrows(InvalidKeyException.class, () -> aes.check(new SecretKeySpec(new byte[16], "SEED"))).getMessage());
        assertEquals(message, assertThrows(InvalidKeyException.class, () -> aes.check(new SecretKeySpec(new byte[32], "AES"))).getMessage());
        assertEquals(message, assertThrows(InvalidKeyException.class, () -> aes.check(null)).getMessage());
    }

    @Test
    void encodedIsACopyTheCallerMayWipe() throws InvalidKeyException {
        byte[] raw = new byte[16];
        Arrays.fill(raw, (byte) 7);
        Key key = aes.wrap(raw);
        byte[] copy = aes.encoded(key);
        assertArrayEquals(raw, copy);
        assertNotSame(raw, copy);
        Arrays.fill(copy, (byte) 0);
        assertArrayEquals(raw, key.getEncoded());
    }
}

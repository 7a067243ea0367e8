package org.rmcp.alg.support.mac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

class KatVectorTest {
    private final KatVector v = new KatVector("vector 1", new byte[0], KatVector.ascii("abc"), KatVector.hex("0a0b"));

    @Test
    void matchingOutputPasses() {
        assertDoesNotThrow(() -> v.check("ALG", new byte[] {0x0a, 0x0b}));
    }

    @Test
    void anyOtherOutputFailsNamingAlgorithmAndVector() {
        GeneralSecurityException e = assertThrows(GeneralSecurityException.class, () -> v.check("ALG", new byte[] {0x0a, 0x0c}));
        assertEquals("ALG self test failed: vector 1", e.getMessage());
        assertThrows(GeneralSecurityException.class, () -> v.check("ALG", new byte[] {0x0a}));
    }

    @Test
    void helpersTypeValuesAsPublished() {
        assertArrayEquals(new byte[] {0x0b, (byte) 0xff}, KatVector.hex("0bff"));
        assertArrayEquals(new byte[] {'H', 'i'}, KatVector.ascii("Hi"));
        assertArrayEquals(new byte[] {(byte) 0xaa, (byte) 0xaa, (byte) 0xaa}, KatVector.repeat(0xaa, 3));
    }
}

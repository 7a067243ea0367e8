package org.rmcp.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VectorReaderTest {
    @Test
    void readsSectionsRecordsAndHex() {
        List<VectorReader.Vector> v = VectorReader.read(VectorReaderTest.class, "/vectors/sample/sample.txt");
        assertEquals(3, v.size());
        assertEquals("ENCRYPT", v.get(0).get("section"));
        assertArrayEquals(new byte[] {0, (byte) 0xff}, v.get(0).hex("KEY"));
        assertArrayEquals(new byte[0], v.get(0).hex("PLAINTEXT"));
        assertArrayEquals(new byte[] {3}, v.get(1).hex("PLAINTEXT"));
        assertEquals("DECRYPT", v.get(2).get("section"));
    }

    @Test
    void refusesFilesWithoutCitationOrVectors() {
        assertThrows(IllegalStateException.class, () -> VectorReader.parse("x", in("KEY = 00\n")));
        assertThrows(IllegalStateException.class, () -> VectorReader.parse("x", in("# src\n\n")));
        assertThrows(IllegalStateException.class, () -> VectorReader.parse("x", in("# src\nnonsense\n")));
        assertThrows(IllegalStateException.class, () -> VectorReader.read(VectorReaderTest.class, "/vectors/none.txt"));
    }

    @Test
    void missingFieldIsNamed() {
        VectorReader.Vector v = VectorReader.read(VectorReaderTest.class, "/vectors/sample/sample.txt").get(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.get("IV"));
        assertEquals(true, e.getMessage().contains("IV"));
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}

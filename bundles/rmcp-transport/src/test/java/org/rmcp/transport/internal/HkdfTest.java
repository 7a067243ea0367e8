package org.rmcp.transport.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.testkit.VectorReader;
import org.rmcp.testkit.VectorReader.Vector;

/** HKDF-SHA-256 against RFC 5869 appendix A.1-A.3. */
class HkdfTest {
    static List<Vector> vectors() {
        return VectorReader.read(HkdfTest.class, "/vectors/rfc5869/hkdf-sha256.txt");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void matchesRfc5869(Vector v) throws Exception {
        byte[] prk = Hkdf.extract(v.hex("salt"), v.hex("IKM"));
        assertArrayEquals(v.hex("PRK"), prk, v.toString());
        assertArrayEquals(v.hex("OKM"), Hkdf.expand(prk, v.hex("info"), Integer.parseInt(v.get("L"))), v.toString());
    }

    @Test
    void refusesLengthsOutsideTheRfc() {
        assertThrows(IllegalArgumentException.class, () -> Hkdf.expand(new byte[32], new byte[0], 0));
        assertThrows(IllegalArgumentException.class, () -> Hkdf.expand(new byte[32], new byte[0], 255 * 32 + 1));
    }
}

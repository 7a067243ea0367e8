package org.rmcp.auth.memauth.internal;

import org.rmcp.alg.support.kdf.Hkdf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.GeneralSecurityException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.testkit.VectorReader;

/** RFC 5869 appendix A.1-A.3, HKDF-SHA-256: PRK and OKM, exact bytes. */
class HkdfKatTest {
    static List<VectorReader.Vector> vectors() {
        return VectorReader.read(HkdfKatTest.class, "/vectors/rfc5869/hkdf-sha256.txt");
    }

    @Test
    void fileHoldsTestCasesOneToThree() {
        assertEquals(3, vectors().size());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void extractAndExpandGiveThePublishedBytes(VectorReader.Vector v) throws GeneralSecurityException {
        byte[] prk = Hkdf.extract(v.hex("salt"), v.hex("IKM"));
        assertArrayEquals(v.hex("PRK"), prk, v.toString());
        byte[] okm = Hkdf.expand(prk, v.hex("info"), Integer.parseInt(v.get("L")));
        assertArrayEquals(v.hex("OKM"), okm, v.toString());
        assertArrayEquals(okm, Hkdf.derive(v.hex("IKM"), v.hex("salt"), v.hex("info"), okm.length));
    }

    @Test
    void selfTestVectorIsTestCaseOne() {
        VectorReader.Vector v = vectors().get(0);
        assertArrayEquals(v.hex("IKM"), Kat.IKM);
        assertArrayEquals(v.hex("salt"), Kat.SALT);
        assertArrayEquals(v.hex("info"), Kat.INFO);
        assertArrayEquals(v.hex("PRK"), Kat.PRK);
        assertArrayEquals(v.hex("OKM"), Kat.OKM);
    }
}

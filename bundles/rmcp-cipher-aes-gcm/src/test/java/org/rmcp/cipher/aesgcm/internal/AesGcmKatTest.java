package org.rmcp.cipher.aesgcm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.alg.support.Jca;
import org.rmcp.testkit.VectorReader;
import org.rmcp.testkit.VectorReader.Vector;

/** GCM spec Test Cases 1-4 and CAVP gcmEncryptExtIV128 records through the nonce || C || tag framing. */
class AesGcmKatTest {
    private final AesGcmAlgorithm alg = new AesGcmAlgorithm();

    static List<Vector> vectors() {
        List<Vector> all = new ArrayList<>(VectorReader.read(AesGcmKatTest.class, "/vectors/gcm-spec/aes128-gcm.txt"));
        all.addAll(VectorReader.read(AesGcmKatTest.class, "/vectors/cavp-gcm/gcmEncryptExtIV128.txt"));
        return all;
    }

    private static byte[] framed(Vector v) {
        return concat(concat(v.hex("IV"), v.hex("CT")), v.hex("TAG"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encryptsToThePublishedCiphertextAndTag(Vector v) throws GeneralSecurityException {
        Key key = alg.key(v.hex("KEY"));
        byte[] plain = v.hex("PT");
        ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(plain.length));
        int n = alg.seal(Jca.newCipher(AesGcmAlgorithm.TRANSFORMATION), key, v.hex("IV"),
            ByteBuffer.wrap(v.hex("AAD")), ByteBuffer.wrap(plain), out);
        assertArrayEquals(framed(v), Arrays.copyOf(out.array(), n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decryptsThePublishedCiphertextAndRefusesAFlippedTag(Vector v) throws GeneralSecurityException {
        Key key = alg.key(v.hex("KEY"));
        byte[] framed = framed(v);
        ByteBuffer aad = ByteBuffer.wrap(v.hex("AAD"));
        ByteBuffer out = ByteBuffer.allocate(framed.length);
        int n = alg.decrypt(key, aad, ByteBuffer.wrap(framed), out);
        assertArrayEquals(v.hex("PT"), Arrays.copyOf(out.array(), n));
        assertEquals(0, aad.position(), "AAD must be read, not consumed");
        framed[framed.length - 1] ^= 1;
        assertThrows(AEADBadTagException.class, () -> alg.decrypt(key, aad, ByteBuffer.wrap(framed), ByteBuffer.allocate(framed.length)));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

package org.rmcp.cipher.chacha20poly1305.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.alg.support.Jca;
import org.rmcp.testkit.VectorReader;
import org.rmcp.testkit.VectorReader.Vector;

/** RFC 8439 §2.8.2 and Appendix A.5 through the nonce || C || tag framing. */
class ChaCha20Poly1305KatTest {
    private final ChaCha20Poly1305Algorithm alg = new ChaCha20Poly1305Algorithm();

    static List<Vector> vectors() {
        return VectorReader.read(ChaCha20Poly1305KatTest.class, "/vectors/rfc8439/chacha20-poly1305.txt");
    }

    static List<Vector> encryptVectors() {
        return vectors().stream().filter(v -> v.get("section").equals("ENCRYPT")).toList();
    }

    private static byte[] framed(Vector v) {
        return concat(concat(v.hex("NONCE"), v.hex("CIPHERTEXT")), v.hex("TAG"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encryptVectors")
    void encryptsToThePublishedCiphertextAndTag(Vector v) throws GeneralSecurityException {
        byte[] plain = v.hex("PLAINTEXT");
        ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(plain.length));
        int n = alg.seal(Jca.newCipher(ChaCha20Poly1305Algorithm.TRANSFORMATION), alg.key(v.hex("KEY")),
            v.hex("NONCE"), ByteBuffer.wrap(v.hex("AAD")), ByteBuffer.wrap(plain), out);
        assertArrayEquals(framed(v), Arrays.copyOf(out.array(), n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decryptsThePublishedCiphertextAndRefusesAFlippedTag(Vector v) throws GeneralSecurityException {
        Key key = alg.key(v.hex("KEY"));
        byte[] framed = framed(v);
        ByteBuffer aad = ByteBuffer.wrap(v.hex("AAD"));
        ByteBuffer out = ByteBuffer.allocateDirect(framed.length);
        int n = alg.decrypt(key, aad, ByteBuffer.wrap(framed), out);
        byte[] plain = new byte[n];
        out.flip().get(plain);
        assertArrayEquals(v.hex("PLAINTEXT"), plain);
        assertEquals(0, aad.position(), "AAD must be read, not consumed");
        framed[framed.length - 1] ^= 1;
        assertThrows(AEADBadTagException.class, () -> alg.decrypt(key, aad, ByteBuffer.wrap(framed), ByteBuffer.allocate(framed.length)));
    }

    /** The JDK refuses a re-init with the previous key and nonce; a repeated message must still open. */
    @Test
    void theSameMessageDecryptsTwiceOnOneThread() throws GeneralSecurityException {
        Key key = alg.generateKey(new SecureRandom());
        byte[] ct = alg.encrypt(key, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, alg.decrypt(key, ct));
        assertArrayEquals(new byte[] {1, 2, 3}, alg.decrypt(key, ct));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

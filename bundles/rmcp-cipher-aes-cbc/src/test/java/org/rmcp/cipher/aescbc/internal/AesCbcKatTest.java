package org.rmcp.cipher.aescbc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Arrays;
import java.util.List;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.alg.support.Jca;
import org.rmcp.testkit.VectorReader;
import org.rmcp.testkit.VectorReader.Vector;

/** SP 800-38A F.2.1/F.2.2 through the component's IV || C framing. */
class AesCbcKatTest {
    private final AesCbcAlgorithm alg = new AesCbcAlgorithm();

    static List<Vector> vectors() {
        return VectorReader.read(AesCbcKatTest.class, "/vectors/sp800-38a/cbc-aes128.txt");
    }

    /** The published blocks are unpadded, so the framing is checked with a no-padding cipher. */
    private static Cipher noPadding() throws GeneralSecurityException {
        return Cipher.getInstance("AES/CBC/NoPadding");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void publishedVectorsThroughTheFraming(Vector v) throws GeneralSecurityException {
        Key key = alg.key(v.hex("KEY"));
        byte[] framed = concat(v.hex("IV"), v.hex("CIPHERTEXT"));
        if (v.get("section").equals("ENCRYPT")) {
            ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(v.hex("PLAINTEXT").length));
            int n = alg.seal(noPadding(), key, v.hex("IV"), ByteBuffer.wrap(v.hex("PLAINTEXT")), out);
            assertArrayEquals(framed, Arrays.copyOf(out.array(), n));
        } else {
            ByteBuffer out = ByteBuffer.allocate(framed.length);
            int n = alg.open(noPadding(), key, ByteBuffer.wrap(framed), out);
            assertArrayEquals(v.hex("PLAINTEXT"), Arrays.copyOf(out.array(), n));
        }
    }

    @Test
    void paddedFormAddsOneWholePkcs7BlockAfterThePublishedBlocks() throws GeneralSecurityException {
        Vector v = vectors().get(0);
        Key key = alg.key(v.hex("KEY"));
        byte[] plain = v.hex("PLAINTEXT");
        ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(plain.length));
        int n = alg.seal(Jca.newCipher(AesCbcAlgorithm.TRANSFORMATION), key, v.hex("IV"), ByteBuffer.wrap(plain), out);
        byte[] ct = Arrays.copyOf(out.array(), n);
        byte[] framed = concat(v.hex("IV"), v.hex("CIPHERTEXT"));
        assertEquals(framed.length + 16, n);
        assertArrayEquals(framed, Arrays.copyOf(ct, framed.length));
        ByteBuffer raw = ByteBuffer.allocate(n);
        int m = alg.open(noPadding(), key, ByteBuffer.wrap(ct), raw);
        byte[] pad = new byte[16];
        Arrays.fill(pad, (byte) 16);
        assertArrayEquals(concat(plain, pad), Arrays.copyOf(raw.array(), m));
        assertArrayEquals(plain, alg.decrypt(key, ct));
    }

    @Test
    void badPaddingIsRefusedAndLeavesNoPlaintextBehind() throws GeneralSecurityException {
        Vector v = vectors().get(0);
        Key key = alg.key(v.hex("KEY"));
        byte[] framed = concat(v.hex("IV"), v.hex("CIPHERTEXT")); // last block does not unpad
        ByteBuffer out = ByteBuffer.allocate(framed.length);
        assertThrows(BadPaddingException.class, () -> alg.decrypt(key, null, ByteBuffer.wrap(framed), out));
        assertEquals(0, out.position());
        assertArrayEquals(new byte[framed.length], out.array());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

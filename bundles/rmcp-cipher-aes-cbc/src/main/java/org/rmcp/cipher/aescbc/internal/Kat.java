package org.rmcp.cipher.aescbc.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Arrays;
import java.util.HexFormat;
import org.rmcp.alg.support.Jca;

/**
 * Known answer shipped in the bundle: NIST SP 800-38A (2001) Appendix F.2.1 CBC-AES128.Encrypt
 * and F.2.2 CBC-AES128.Decrypt, run through this component's framing with the published IV.
 */
final class Kat {
    static final String KEY = "2b7e151628aed2a6abf7158809cf4f3c";
    static final String IV = "000102030405060708090a0b0c0d0e0f";
    static final String PLAINTEXT = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
        + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";
    static final String CIPHERTEXT = "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"
        + "73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7";

    private Kat() {
    }

    static void run(AesCbcAlgorithm alg) throws GeneralSecurityException {
        HexFormat hex = HexFormat.of();
        Key key = alg.key(hex.parseHex(KEY));
        byte[] plain = hex.parseHex(PLAINTEXT);
        byte[] expected = hex.parseHex(IV + CIPHERTEXT);
        ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(plain.length));
        int n = alg.seal(Jca.newCipher(AesCbcAlgorithm.TRANSFORMATION), key, hex.parseHex(IV), ByteBuffer.wrap(plain), out);
        byte[] ct = Arrays.copyOf(out.array(), n);
        // the published blocks, then one whole PKCS #7 block (the plaintext is block-aligned)
        if (n != expected.length + AesCbcAlgorithm.BLOCK || !Arrays.equals(Arrays.copyOf(ct, expected.length), expected)) {
            throw new GeneralSecurityException(AesCbcAlgorithm.NAME + " self-test failed: SP 800-38A F.2.1 CBC-AES128.Encrypt");
        }
        ByteBuffer back = ByteBuffer.allocate(n);
        int m = alg.open(Jca.newCipher(AesCbcAlgorithm.TRANSFORMATION), key, ByteBuffer.wrap(ct), back);
        if (!Arrays.equals(Arrays.copyOf(back.array(), m), plain)) {
            throw new GeneralSecurityException(AesCbcAlgorithm.NAME + " self-test failed: SP 800-38A F.2.2 CBC-AES128.Decrypt");
        }
    }
}

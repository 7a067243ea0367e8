package org.rmcp.cipher.aesctr.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Arrays;
import java.util.HexFormat;
import org.rmcp.alg.support.Jca;

/**
 * Known answer shipped in the bundle: NIST SP 800-38A (2001) Appendix F.5.1 CTR-AES128.Encrypt
 * and F.5.2 CTR-AES128.Decrypt, run through this component's ICB || C framing with the published
 * initial counter block.
 */
final class Kat {
    static final String KEY = "2b7e151628aed2a6abf7158809cf4f3c";
    static final String ICB = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
    static final String PLAINTEXT = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
        + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";
    static final String CIPHERTEXT = "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"
        + "5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee";

    private Kat() {
    }

    static void run(AesCtrAlgorithm alg) throws GeneralSecurityException {
        HexFormat hex = HexFormat.of();
        Key key = alg.key(hex.parseHex(KEY));
        byte[] plain = hex.parseHex(PLAINTEXT);
        byte[] expected = hex.parseHex(ICB + CIPHERTEXT);
        ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(plain.length));
        int n = alg.seal(Jca.newCipher(AesCtrAlgorithm.TRANSFORMATION), key, hex.parseHex(ICB),
            ByteBuffer.wrap(plain), out);
        if (!Arrays.equals(Arrays.copyOf(out.array(), n), expected)) {
            throw new GeneralSecurityException(AesCtrAlgorithm.NAME + " self-test failed: SP 800-38A F.5.1 CTR-AES128.Encrypt");
        }
        ByteBuffer back = ByteBuffer.allocate(expected.length);
        int m = alg.open(Jca.newCipher(AesCtrAlgorithm.TRANSFORMATION), key, ByteBuffer.wrap(expected), back);
        if (!Arrays.equals(Arrays.copyOf(back.array(), m), plain)) {
            throw new GeneralSecurityException(AesCtrAlgorithm.NAME + " self-test failed: SP 800-38A F.5.2 CTR-AES128.Decrypt");
        }
    }
}

package org.rmcp.cipher.aesgcm.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Arrays;
import java.util.HexFormat;
import org.rmcp.alg.support.Jca;

/**
 * Known answer shipped in the bundle: McGrew and Viega, "The Galois/Counter Mode of Operation
 * (GCM)", Appendix B Test Case 4 (AES-128, 96-bit IV, 20 bytes of AAD, 60 bytes of plaintext),
 * run through this component's nonce || C || tag framing with the published IV.
 */
final class Kat {
    static final String KEY = "feffe9928665731c6d6a8f9467308308";
    static final String IV = "cafebabefacedbaddecaf888";
    static final String AAD = "feedfacedeadbeeffeedfacedeadbeefabaddad2";
    static final String PLAINTEXT = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
        + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
    static final String CIPHERTEXT = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
        + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091";
    static final String TAG = "5bc94fbc3221a5db94fae95ae7121a47";

    private Kat() {
    }

    static void run(AesGcmAlgorithm alg) throws GeneralSecurityException {
        HexFormat hex = HexFormat.of();
        Key key = alg.key(hex.parseHex(KEY));
        byte[] plain = hex.parseHex(PLAINTEXT);
        byte[] aad = hex.parseHex(AAD);
        byte[] expected = hex.parseHex(IV + CIPHERTEXT + TAG);
        ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(plain.length));
        int n = alg.seal(Jca.newCipher(AesGcmAlgorithm.TRANSFORMATION), key, hex.parseHex(IV),
            ByteBuffer.wrap(aad), ByteBuffer.wrap(plain), out);
        if (!Arrays.equals(Arrays.copyOf(out.array(), n), expected)) {
            throw new GeneralSecurityException(AesGcmAlgorithm.NAME + " self-test failed: GCM spec Test Case 4 (encrypt)");
        }
        ByteBuffer back = ByteBuffer.allocate(expected.length);
        int m = alg.open(Jca.newCipher(AesGcmAlgorithm.TRANSFORMATION), key, ByteBuffer.wrap(aad),
            ByteBuffer.wrap(expected), back);
        if (!Arrays.equals(Arrays.copyOf(back.array(), m), plain)) {
            throw new GeneralSecurityException(AesGcmAlgorithm.NAME + " self-test failed: GCM spec Test Case 4 (decrypt)");
        }
    }
}

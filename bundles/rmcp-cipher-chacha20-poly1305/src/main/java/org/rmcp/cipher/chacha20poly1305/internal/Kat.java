package org.rmcp.cipher.chacha20poly1305.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Arrays;
import java.util.HexFormat;
import org.rmcp.alg.support.Jca;

/**
 * Known answer shipped in the bundle: RFC 8439 §2.8.2, the AEAD_CHACHA20_POLY1305 example
 * ("Ladies and Gentlemen of the class of '99 ..."), run through this component's
 * nonce || C || tag framing with the published nonce.
 */
final class Kat {
    static final String KEY = "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f";
    static final String NONCE = "070000004041424344454647";
    static final String AAD = "50515253c0c1c2c3c4c5c6c7";
    static final String PLAINTEXT = "4c616469657320616e642047656e746c656d656e206f662074686520636c617373"
        + "206f66202739393a204966204920636f756c64206f6666657220796f75206f6e6c79206f6e652074697020666f7220"
        + "746865206675747572652c2073756e73637265656e20776f756c642062652069742e";
    static final String CIPHERTEXT = "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
        + "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58"
        + "fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116";
    static final String TAG = "1ae10b594f09e26a7e902ecbd0600691";

    private Kat() {
    }

    static void run(ChaCha20Poly1305Algorithm alg) throws GeneralSecurityException {
        HexFormat hex = HexFormat.of();
        Key key = alg.key(hex.parseHex(KEY));
        byte[] plain = hex.parseHex(PLAINTEXT);
        byte[] aad = hex.parseHex(AAD);
        byte[] expected = hex.parseHex(NONCE + CIPHERTEXT + TAG);
        ByteBuffer out = ByteBuffer.allocate(alg.maxCiphertextLength(plain.length));
        int n = alg.seal(Jca.newCipher(ChaCha20Poly1305Algorithm.TRANSFORMATION), key,
            hex.parseHex(NONCE), ByteBuffer.wrap(aad), ByteBuffer.wrap(plain), out);
        if (!Arrays.equals(Arrays.copyOf(out.array(), n), expected)) {
            throw new GeneralSecurityException(ChaCha20Poly1305Algorithm.NAME + " self-test failed: RFC 8439 2.8.2 (encrypt)");
        }
        ByteBuffer back = ByteBuffer.allocate(expected.length);
        int m = alg.open(Jca.newCipher(ChaCha20Poly1305Algorithm.TRANSFORMATION), key,
            ByteBuffer.wrap(aad), ByteBuffer.wrap(expected), back);
        if (!Arrays.equals(Arrays.copyOf(back.array(), m), plain)) {
            throw new GeneralSecurityException(ChaCha20Poly1305Algorithm.NAME + " self-test failed: RFC 8439 2.8.2 (decrypt)");
        }
    }
}

package org.rmcp.cipher.chacha20poly1305.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.IvParameterSpec;
import org.osgi.service.component.annotations.Component;
import org.rmcp.alg.support.Jca;
import org.rmcp.alg.support.cipher.JcaFraming;
import org.rmcp.alg.support.cipher.SymmetricEncDecAlgorithm;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.EnDecId;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;

/**
 * EN_DEC_ID 0x12, ChaCha20-Poly1305 (RFC 8439 §2.8), our code in the SM-defined range of
 * X.603.1 Amd.1 Table 16 (see design/rmcp2-basic.md), on the JDK's own cipher. Ciphertext = 96-bit
 * random nonce || C || 128-bit tag; the AAD is authenticated, not sent. Nonces must never repeat
 * under one key (RFC 8439 §4); with random 96-bit nonces keep one key well under 2^32 messages,
 * the bound SP 800-38D §8.3 sets for GCM. Rekeying is the caller's job.
 */
// our choice: code 0x12 and nonce || C || tag framing (see design/rmcp2-basic.md, Table 16 row)
@Component(service = EncDecAlgorithm.class)
@EnDecId(EnDecIds.CHACHA20_POLY1305)
@AlgorithmName(ChaCha20Poly1305Algorithm.NAME)
public final class ChaCha20Poly1305Algorithm extends SymmetricEncDecAlgorithm {
    static final String NAME = "ChaCha20-Poly1305";
    static final String TRANSFORMATION = "ChaCha20-Poly1305";
    static final String KEY_ALGORITHM = "ChaCha20";
    static final int KEY_LENGTH = 32;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadLocal<Cipher> encryptors = Jca.perThreadCipher(TRANSFORMATION);
    private final ThreadLocal<Cipher> decryptors = Jca.perThreadCipher(TRANSFORMATION);

    /** Fails activation at once if the JCA lacks the transformation. */
    public ChaCha20Poly1305Algorithm() {
        super(EnDecIds.CHACHA20_POLY1305, NAME, true, KEY_ALGORITHM, KEY_LENGTH);
        Jca.newCipher(TRANSFORMATION);
    }

    @Override
    public int maxCiphertextLength(int plaintextLength) {
        return JcaFraming.framedLength(plaintextLength, NONCE_LENGTH + TAG_LENGTH);
    }

    @Override
    public int encrypt(Key key, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        return seal(encryptors.get(), key, nonce, aad, plaintext, out);
    }

    @Override
    public int decrypt(Key key, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        try {
            return open(decryptors.get(), key, aad, ciphertext, out);
        } catch (InvalidKeyException e) {
            // The JDK refuses to re-initialise a ChaCha20 cipher with its previous key and nonce,
            // even to decrypt (a repeated message): retry once on a fresh instance.
            Cipher fresh = Jca.newCipher(TRANSFORMATION);
            decryptors.set(fresh);
            return open(fresh, key, aad, ciphertext, out);
        }
    }

    @Override
    public void selfTest() throws GeneralSecurityException {
        Kat.run(this);
    }

    /** Encrypts under a given nonce: {@link #encrypt} passes a fresh random one. The AAD is read, not consumed. */
    int seal(Cipher cipher, Key key, byte[] nonce, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out)
        throws GeneralSecurityException {
        requireRoom(plaintext.remaining(), out);
        cipher.init(Cipher.ENCRYPT_MODE, keys().check(key), new IvParameterSpec(nonce));
        JcaFraming.updateAad(cipher, aad);
        return JcaFraming.seal(cipher, nonce, plaintext, out);
    }

    /** Splits nonce || C || tag, verifies the tag over AAD and C, then writes the plaintext. */
    int open(Cipher cipher, Key key, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        int n = ciphertext.remaining();
        if (n < NONCE_LENGTH + TAG_LENGTH) {
            throw new IllegalBlockSizeException(NAME + " ciphertext of " + n + " bytes cannot hold nonce and tag");
        }
        return JcaFraming.open(cipher, NONCE_LENGTH, ciphertext, out, nonce -> {
            cipher.init(Cipher.DECRYPT_MODE, keys().check(key), new IvParameterSpec(nonce));
            JcaFraming.updateAad(cipher, aad);
        });
    }
}

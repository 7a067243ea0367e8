package org.rmcp.cipher.aesgcm.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.GCMParameterSpec;
import org.osgi.service.component.annotations.Component;
import org.rmcp.alg.support.Jca;
import org.rmcp.alg.support.cipher.JcaFraming;
import org.rmcp.alg.support.cipher.SymmetricEncDecAlgorithm;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.EnDecId;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;

/**
 * EN_DEC_ID 0x11, AES-128-GCM (SP 800-38D), our code in the SM-defined range of X.603.1 Amd.1
 * Table 16 (see design/rmcp2-basic.md), on the JCA. Ciphertext = 96-bit random nonce || C || 128-bit
 * tag; the AAD is authenticated, not sent. With random nonces one key should protect well under
 * 2^32 messages (SP 800-38D §8.3); rekeying is the caller's job.
 */
// our choice: code 0x11 and nonce || C || tag framing (see design/rmcp2-basic.md, Table 16 row)
@Component(service = EncDecAlgorithm.class)
@EnDecId(EnDecIds.AES_128_GCM)
@AlgorithmName(AesGcmAlgorithm.NAME)
public final class AesGcmAlgorithm extends SymmetricEncDecAlgorithm {
    static final String NAME = "AES-128-GCM";
    static final String TRANSFORMATION = "AES/GCM/NoPadding";
    static final int KEY_LENGTH = 16;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadLocal<Cipher> ciphers = Jca.perThreadCipher(TRANSFORMATION);

    /** Fails activation at once if the JCA lacks the transformation. */
    public AesGcmAlgorithm() {
        super(EnDecIds.AES_128_GCM, NAME, true, "AES", KEY_LENGTH);
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
        return seal(ciphers.get(), key, nonce, aad, plaintext, out);
    }

    @Override
    public int decrypt(Key key, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        return open(ciphers.get(), key, aad, ciphertext, out);
    }

    @Override
    public void selfTest() throws GeneralSecurityException {
        Kat.run(this);
    }

    /** Encrypts under a given nonce: {@link #encrypt} passes a fresh random one. The AAD is read, not consumed. */
    int seal(Cipher cipher, Key key, byte[] nonce, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out)
        throws GeneralSecurityException {
        requireRoom(plaintext.remaining(), out);
        cipher.init(Cipher.ENCRYPT_MODE, keys().check(key), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
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
            cipher.init(Cipher.DECRYPT_MODE, keys().check(key), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            JcaFraming.updateAad(cipher, aad);
        });
    }
}

package org.rmcp.cipher.aescbc.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
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
 * EN_DEC_ID 0x01, AES-128 in CBC mode (X.603.1 Amd.1 clause 12, Table 16), on the JCA.
 * Ciphertext = IV (16 random bytes, fresh per message) || AES-CBC(PKCS #7-padded plaintext),
 * SP 800-38A §6.2 with the padding of RFC 5652 §6.3. Not authenticated: callers add a MAC.
 */
// our choice: IV || C framing with a fresh random IV; Table 16 names only the mode (see design/rmcp2-basic.md)
@Component(service = EncDecAlgorithm.class)
@EnDecId(EnDecIds.AES_128_CBC)
@AlgorithmName(AesCbcAlgorithm.NAME)
public final class AesCbcAlgorithm extends SymmetricEncDecAlgorithm {
    static final String NAME = "AES-128-CBC";
    /** The JCA's "PKCS5Padding" is PKCS #7 padding for a 16-byte block. */
    static final String TRANSFORMATION = "AES/CBC/PKCS5Padding";
    static final int KEY_LENGTH = 16;
    static final int IV_LENGTH = 16;
    static final int BLOCK = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadLocal<Cipher> ciphers = Jca.perThreadCipher(TRANSFORMATION);

    /** Fails activation at once if the JCA lacks the transformation. */
    public AesCbcAlgorithm() {
        super(EnDecIds.AES_128_CBC, NAME, false, "AES", KEY_LENGTH);
        Jca.newCipher(TRANSFORMATION);
    }

    @Override
    public int maxCiphertextLength(int plaintextLength) {
        if (plaintextLength < 0) {
            throw new IllegalArgumentException("negative length " + plaintextLength);
        }
        long n = IV_LENGTH + (plaintextLength / BLOCK + 1L) * BLOCK;
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("plaintext too long: " + plaintextLength);
        }
        return (int) n;
    }

    @Override
    public int encrypt(Key key, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) throws GeneralSecurityException {
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        return seal(ciphers.get(), key, iv, plaintext, out);
    }

    @Override
    public int decrypt(Key key, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        return open(ciphers.get(), key, ciphertext, out);
    }

    @Override
    public void selfTest() throws GeneralSecurityException {
        Kat.run(this);
    }

    /** Encrypts under a given IV with a given cipher: {@link #encrypt} passes a fresh random IV. */
    int seal(Cipher cipher, Key key, byte[] iv, ByteBuffer plaintext, ByteBuffer out) throws GeneralSecurityException {
        requireRoom(plaintext.remaining(), out);
        cipher.init(Cipher.ENCRYPT_MODE, keys().check(key), new IvParameterSpec(iv));
        return JcaFraming.seal(cipher, iv, plaintext, out);
    }

    /** Splits IV || C and decrypts C; on failure nothing decrypted is left in {@code out} (the JCA unpads in place). */
    int open(Cipher cipher, Key key, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        int n = ciphertext.remaining();
        if (n < IV_LENGTH + BLOCK || (n - IV_LENGTH) % BLOCK != 0) {
            throw new IllegalBlockSizeException(NAME + " ciphertext of " + n + " bytes is not IV plus whole blocks");
        }
        return JcaFraming.openWiping(cipher, IV_LENGTH, ciphertext, out,
            iv -> cipher.init(Cipher.DECRYPT_MODE, keys().check(key), new IvParameterSpec(iv)));
    }
}

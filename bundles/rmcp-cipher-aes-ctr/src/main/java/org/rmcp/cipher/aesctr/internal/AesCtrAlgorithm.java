package org.rmcp.cipher.aesctr.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
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
 * EN_DEC_ID 0x02, AES-128 in CTR mode (X.603.1 Amd.1 clause 12, Table 16), on the JCA.
 * Ciphertext = initial counter block || C, where the ICB is a 96-bit random nonce followed by a
 * 32-bit block counter starting at 0 (SP 800-38A Appendix B.2). Not authenticated: callers add a MAC.
 */
// our choice: ICB || C framing, ICB = random 96-bit nonce || 32-bit counter 0; Table 16 names only the mode
@Component(service = EncDecAlgorithm.class)
@EnDecId(EnDecIds.AES_128_CTR)
@AlgorithmName(AesCtrAlgorithm.NAME)
public final class AesCtrAlgorithm extends SymmetricEncDecAlgorithm {
    static final String NAME = "AES-128-CTR";
    static final String TRANSFORMATION = "AES/CTR/NoPadding";
    static final int KEY_LENGTH = 16;
    static final int NONCE_LENGTH = 12;
    static final int ICB_LENGTH = 16;
    static final int BLOCK = 16;
    /** The 32-bit counter field allows 2^32 blocks per message (SP 800-38A B.2). */
    static final long MAX_BLOCKS = 1L << 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadLocal<Cipher> ciphers = Jca.perThreadCipher(TRANSFORMATION);

    /** Fails activation at once if the JCA lacks the transformation. */
    public AesCtrAlgorithm() {
        super(EnDecIds.AES_128_CTR, NAME, false, "AES", KEY_LENGTH);
        Jca.newCipher(TRANSFORMATION);
    }

    @Override
    public int maxCiphertextLength(int plaintextLength) {
        return JcaFraming.framedLength(plaintextLength, ICB_LENGTH);
    }

    @Override
    public int encrypt(Key key, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) throws GeneralSecurityException {
        byte[] icb = new byte[ICB_LENGTH];
        RANDOM.nextBytes(icb);
        Arrays.fill(icb, NONCE_LENGTH, ICB_LENGTH, (byte) 0); // block counter starts at 0
        return seal(ciphers.get(), key, icb, plaintext, out);
    }

    @Override
    public int decrypt(Key key, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        return open(ciphers.get(), key, ciphertext, out);
    }

    @Override
    public void selfTest() throws GeneralSecurityException {
        Kat.run(this);
    }

    /** Encrypts from a given initial counter block: {@link #encrypt} passes nonce || 0. */
    int seal(Cipher cipher, Key key, byte[] icb, ByteBuffer plaintext, ByteBuffer out) throws GeneralSecurityException {
        int n = plaintext.remaining();
        requireRoom(n, out);
        checkCounter(icb, n);
        cipher.init(Cipher.ENCRYPT_MODE, keys().check(key), new IvParameterSpec(icb));
        return JcaFraming.seal(cipher, icb, plaintext, out);
    }

    /** Splits ICB || C and decrypts C. */
    int open(Cipher cipher, Key key, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        int n = ciphertext.remaining();
        if (n < ICB_LENGTH) {
            throw new IllegalBlockSizeException(NAME + " ciphertext of " + n + " bytes has no counter block");
        }
        return JcaFraming.open(cipher, ICB_LENGTH, ciphertext, out, icb -> {
            checkCounter(icb, n - ICB_LENGTH);
            cipher.init(Cipher.DECRYPT_MODE, keys().check(key), new IvParameterSpec(icb));
        });
    }

    /**
     * Refuses a message whose blocks would run the 32-bit counter field past 2^32 - 1: the JCA
     * increments all 128 bits, so a wrap would silently change the nonce.
     */
    static void checkCounter(byte[] icb, long length) throws IllegalBlockSizeException {
        long counter = ((icb[12] & 0xffL) << 24) | ((icb[13] & 0xffL) << 16) | ((icb[14] & 0xffL) << 8) | (icb[15] & 0xffL);
        long blocks = (length + BLOCK - 1) / BLOCK;
        if (counter + blocks > MAX_BLOCKS) {
            throw new IllegalBlockSizeException(NAME + ": " + blocks + " blocks from counter " + counter
                + " exceed the 2^32-block limit of one message");
        }
    }
}

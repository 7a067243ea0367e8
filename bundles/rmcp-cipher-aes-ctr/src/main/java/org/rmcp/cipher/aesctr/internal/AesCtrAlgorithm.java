package org.rmcp.cipher.aesctr.internal;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Component;
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
public final class AesCtrAlgorithm implements EncDecAlgorithm {
    static final String NAME = "AES-128-CTR";
    static final String TRANSFORMATION = "AES/CTR/NoPadding";
    static final int KEY_LENGTH = 16;
    static final int NONCE_LENGTH = 12;
    static final int ICB_LENGTH = 16;
    static final int BLOCK = 16;
    /** The 32-bit counter field allows 2^32 blocks per message (SP 800-38A B.2). */
    static final long MAX_BLOCKS = 1L << 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> newCipher(TRANSFORMATION));

    /** Fails activation at once if the JCA lacks the transformation. */
    public AesCtrAlgorithm() {
        newCipher(TRANSFORMATION);
    }

    @Override
    public int code() {
        return EnDecIds.AES_128_CTR;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean aead() {
        return false;
    }

    @Override
    public int keyLength() {
        return KEY_LENGTH;
    }

    @Override
    public int maxCiphertextLength(int plaintextLength) {
        if (plaintextLength < 0 || plaintextLength > Integer.MAX_VALUE - ICB_LENGTH) {
            throw new IllegalArgumentException("plaintext length out of range: " + plaintextLength);
        }
        return ICB_LENGTH + plaintextLength;
    }

    @Override
    public Key generateKey(SecureRandom random) {
        byte[] raw = new byte[KEY_LENGTH];
        random.nextBytes(raw);
        Key key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
        return key;
    }

    @Override
    public Key key(byte[] raw) throws GeneralSecurityException {
        if (raw == null || raw.length != KEY_LENGTH) {
            throw new InvalidKeyException(NAME + " needs a " + KEY_LENGTH + "-byte key");
        }
        return new SecretKeySpec(raw, "AES");
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
        if (out.remaining() < maxCiphertextLength(n)) {
            throw new BufferOverflowException();
        }
        checkCounter(icb, n);
        cipher.init(Cipher.ENCRYPT_MODE, checked(key), new IvParameterSpec(icb));
        int inPos = plaintext.position();
        int outPos = out.position();
        try {
            out.put(icb);
            cipher.doFinal(plaintext, out);
        } catch (GeneralSecurityException | RuntimeException e) {
            plaintext.position(inPos);
            out.position(outPos);
            throw e;
        }
        return out.position() - outPos;
    }

    /** Splits ICB || C and decrypts C. */
    int open(Cipher cipher, Key key, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        int n = ciphertext.remaining();
        if (n < ICB_LENGTH) {
            throw new IllegalBlockSizeException(NAME + " ciphertext of " + n + " bytes has no counter block");
        }
        int inPos = ciphertext.position();
        int outPos = out.position();
        byte[] icb = new byte[ICB_LENGTH];
        ciphertext.get(icb);
        try {
            checkCounter(icb, n - ICB_LENGTH);
            cipher.init(Cipher.DECRYPT_MODE, checked(key), new IvParameterSpec(icb));
            return cipher.doFinal(ciphertext, out);
        } catch (GeneralSecurityException | RuntimeException e) {
            ciphertext.position(inPos);
            out.position(outPos);
            throw e;
        }
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

    static Cipher newCipher(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation + " is not available from the JCA", e);
        }
    }

    private static Key checked(Key key) throws InvalidKeyException {
        byte[] raw = key == null ? null : key.getEncoded();
        boolean ok = raw != null && raw.length == KEY_LENGTH && "AES".equalsIgnoreCase(key.getAlgorithm());
        if (raw != null) {
            Arrays.fill(raw, (byte) 0);
        }
        if (!ok) {
            throw new InvalidKeyException(NAME + " needs a " + KEY_LENGTH + "-byte AES key");
        }
        return key;
    }
}

package org.rmcp.cipher.aescbc.internal;

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
 * EN_DEC_ID 0x01, AES-128 in CBC mode (X.603.1 Amd.1 clause 12, Table 16), on the JCA.
 * Ciphertext = IV (16 random bytes, fresh per message) || AES-CBC(PKCS #7-padded plaintext),
 * SP 800-38A §6.2 with the padding of RFC 5652 §6.3. Not authenticated: callers add a MAC.
 */
// our choice: IV || C framing with a fresh random IV; Table 16 names only the mode (see design/rmcp2-basic.md)
@Component(service = EncDecAlgorithm.class)
@EnDecId(EnDecIds.AES_128_CBC)
@AlgorithmName(AesCbcAlgorithm.NAME)
public final class AesCbcAlgorithm implements EncDecAlgorithm {
    static final String NAME = "AES-128-CBC";
    /** The JCA's "PKCS5Padding" is PKCS #7 padding for a 16-byte block. */
    static final String TRANSFORMATION = "AES/CBC/PKCS5Padding";
    static final int KEY_LENGTH = 16;
    static final int IV_LENGTH = 16;
    static final int BLOCK = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> newCipher(TRANSFORMATION));

    /** Fails activation at once if the JCA lacks the transformation. */
    public AesCbcAlgorithm() {
        newCipher(TRANSFORMATION);
    }

    @Override
    public int code() {
        return EnDecIds.AES_128_CBC;
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
        if (out.remaining() < maxCiphertextLength(plaintext.remaining())) {
            throw new BufferOverflowException();
        }
        cipher.init(Cipher.ENCRYPT_MODE, checked(key), new IvParameterSpec(iv));
        int inPos = plaintext.position();
        int outPos = out.position();
        try {
            out.put(iv);
            cipher.doFinal(plaintext, out);
        } catch (GeneralSecurityException | RuntimeException e) {
            plaintext.position(inPos);
            out.position(outPos);
            throw e;
        }
        return out.position() - outPos;
    }

    /** Splits IV || C and decrypts C; on failure nothing decrypted is left in {@code out}. */
    int open(Cipher cipher, Key key, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        int n = ciphertext.remaining();
        if (n < IV_LENGTH + BLOCK || (n - IV_LENGTH) % BLOCK != 0) {
            throw new IllegalBlockSizeException(NAME + " ciphertext of " + n + " bytes is not IV plus whole blocks");
        }
        int inPos = ciphertext.position();
        int outPos = out.position();
        byte[] iv = new byte[IV_LENGTH];
        ciphertext.get(iv);
        try {
            cipher.init(Cipher.DECRYPT_MODE, checked(key), new IvParameterSpec(iv));
            return cipher.doFinal(ciphertext, out);
        } catch (GeneralSecurityException | RuntimeException e) {
            ciphertext.position(inPos);
            wipe(out, outPos, n - IV_LENGTH);
            throw e;
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

    /** Clears what a failed decryption may have written (the JCA unpads in place). */
    private static void wipe(ByteBuffer out, int from, int length) {
        if (out.isReadOnly()) {
            return;
        }
        int end = Math.min(out.limit(), from + length);
        for (int i = from; i < end; i++) {
            out.put(i, (byte) 0);
        }
        out.position(from);
    }
}

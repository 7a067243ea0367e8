package org.rmcp.cipher.chacha20poly1305.internal;

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
public final class ChaCha20Poly1305Algorithm implements EncDecAlgorithm {
    static final String NAME = "ChaCha20-Poly1305";
    static final String TRANSFORMATION = "ChaCha20-Poly1305";
    static final String KEY_ALGORITHM = "ChaCha20";
    static final int KEY_LENGTH = 32;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadLocal<Cipher> encryptors = ThreadLocal.withInitial(() -> newCipher(TRANSFORMATION));
    private final ThreadLocal<Cipher> decryptors = ThreadLocal.withInitial(() -> newCipher(TRANSFORMATION));

    /** Fails activation at once if the JCA lacks the transformation. */
    public ChaCha20Poly1305Algorithm() {
        newCipher(TRANSFORMATION);
    }

    @Override
    public int code() {
        return EnDecIds.CHACHA20_POLY1305;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean aead() {
        return true;
    }

    @Override
    public int keyLength() {
        return KEY_LENGTH;
    }

    @Override
    public int maxCiphertextLength(int plaintextLength) {
        if (plaintextLength < 0 || plaintextLength > Integer.MAX_VALUE - NONCE_LENGTH - TAG_LENGTH) {
            throw new IllegalArgumentException("plaintext length out of range: " + plaintextLength);
        }
        return NONCE_LENGTH + plaintextLength + TAG_LENGTH;
    }

    @Override
    public Key generateKey(SecureRandom random) {
        byte[] raw = new byte[KEY_LENGTH];
        random.nextBytes(raw);
        Key key = new SecretKeySpec(raw, KEY_ALGORITHM);
        Arrays.fill(raw, (byte) 0);
        return key;
    }

    @Override
    public Key key(byte[] raw) throws GeneralSecurityException {
        if (raw == null || raw.length != KEY_LENGTH) {
            throw new InvalidKeyException(NAME + " needs a " + KEY_LENGTH + "-byte key");
        }
        return new SecretKeySpec(raw, KEY_ALGORITHM);
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
            Cipher fresh = newCipher(TRANSFORMATION);
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
        if (out.remaining() < maxCiphertextLength(plaintext.remaining())) {
            throw new BufferOverflowException();
        }
        cipher.init(Cipher.ENCRYPT_MODE, checked(key), new IvParameterSpec(nonce));
        updateAad(cipher, aad);
        int inPos = plaintext.position();
        int outPos = out.position();
        try {
            out.put(nonce);
            cipher.doFinal(plaintext, out);
        } catch (GeneralSecurityException | RuntimeException e) {
            plaintext.position(inPos);
            out.position(outPos);
            throw e;
        }
        return out.position() - outPos;
    }

    /** Splits nonce || C || tag, verifies the tag over AAD and C, then writes the plaintext. */
    int open(Cipher cipher, Key key, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        int n = ciphertext.remaining();
        if (n < NONCE_LENGTH + TAG_LENGTH) {
            throw new IllegalBlockSizeException(NAME + " ciphertext of " + n + " bytes cannot hold nonce and tag");
        }
        int inPos = ciphertext.position();
        int outPos = out.position();
        byte[] nonce = new byte[NONCE_LENGTH];
        ciphertext.get(nonce);
        try {
            cipher.init(Cipher.DECRYPT_MODE, checked(key), new IvParameterSpec(nonce));
            updateAad(cipher, aad);
            return cipher.doFinal(ciphertext, out);
        } catch (GeneralSecurityException | RuntimeException e) {
            ciphertext.position(inPos);
            out.position(outPos);
            throw e;
        }
    }

    private static void updateAad(Cipher cipher, ByteBuffer aad) {
        if (aad != null && aad.hasRemaining()) {
            int pos = aad.position();
            cipher.updateAAD(aad);
            aad.position(pos);
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
        boolean ok = raw != null && raw.length == KEY_LENGTH && KEY_ALGORITHM.equalsIgnoreCase(key.getAlgorithm());
        if (raw != null) {
            Arrays.fill(raw, (byte) 0);
        }
        if (!ok) {
            throw new InvalidKeyException(NAME + " needs a " + KEY_LENGTH + "-byte ChaCha20 key");
        }
        return key;
    }
}

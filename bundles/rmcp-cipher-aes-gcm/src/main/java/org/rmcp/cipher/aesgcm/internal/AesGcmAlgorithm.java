package org.rmcp.cipher.aesgcm.internal;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Component;
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
public final class AesGcmAlgorithm implements EncDecAlgorithm {
    static final String NAME = "AES-128-GCM";
    static final String TRANSFORMATION = "AES/GCM/NoPadding";
    static final int KEY_LENGTH = 16;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> newCipher(TRANSFORMATION));

    /** Fails activation at once if the JCA lacks the transformation. */
    public AesGcmAlgorithm() {
        newCipher(TRANSFORMATION);
    }

    @Override
    public int code() {
        return EnDecIds.AES_128_GCM;
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
        if (out.remaining() < maxCiphertextLength(plaintext.remaining())) {
            throw new BufferOverflowException();
        }
        cipher.init(Cipher.ENCRYPT_MODE, checked(key), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
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
            cipher.init(Cipher.DECRYPT_MODE, checked(key), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
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

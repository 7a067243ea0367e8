package org.rmcp.alg.support.cipher;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import org.rmcp.alg.support.AbstractSecurityAlgorithm;
import org.rmcp.spi.cipher.EncDecAlgorithm;

/**
 * What the symmetric EN_DEC_ID algorithms of X.603.1 Amd.1 Table 16 share: code, name, AEAD flag
 * and a {@link SecretKeyFormat}. A bundle's DS component extends it with its own framing
 * ({@code encrypt}, {@code decrypt}, {@code maxCiphertextLength}) and known answers.
 */
public abstract class SymmetricEncDecAlgorithm extends AbstractSecurityAlgorithm implements EncDecAlgorithm {
    private final boolean aead;
    private final SecretKeyFormat keys;

    /**
     * @param code the EN_DEC_ID
     * @param name the human name, e.g. {@code AES-128-CBC}
     * @param aead whether ciphertexts are authenticated
     * @param keyAlgorithm the JCA key algorithm, e.g. {@code AES}
     * @param keyLength the key length in bytes
     */
    protected SymmetricEncDecAlgorithm(int code, String name, boolean aead, String keyAlgorithm, int keyLength) {
        super(code, name);
        this.aead = aead;
        this.keys = new SecretKeyFormat(name, keyAlgorithm, keyLength);
    }

    @Override
    public final boolean aead() {
        return aead;
    }

    @Override
    public final int keyLength() {
        return keys.length();
    }

    @Override
    public final Key generateKey(SecureRandom random) {
        return keys.generate(random);
    }

    @Override
    public final Key key(byte[] raw) throws GeneralSecurityException {
        return keys.wrap(raw);
    }

    /** @return the key rules, to check a key handed to {@code encrypt} or {@code decrypt} */
    protected final SecretKeyFormat keys() {
        return keys;
    }

    /** @throws BufferOverflowException if {@code out} has less room than {@link #maxCiphertextLength} of the plaintext */
    protected final void requireRoom(int plaintextLength, ByteBuffer out) {
        if (out.remaining() < maxCiphertextLength(plaintextLength)) {
            throw new BufferOverflowException();
        }
    }
}

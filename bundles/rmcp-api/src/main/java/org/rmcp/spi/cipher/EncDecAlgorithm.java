package org.rmcp.spi.cipher;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import org.osgi.annotation.versioning.ConsumerType;
import org.rmcp.spi.SecurityAlgorithm;

/**
 * An encryption/decryption algorithm keyed by EN_DEC_ID (X.603.1 Amd.1 Table 16), used for
 * content (CON_EN_DEC_ID), group keys (GK_EN_DEC_ID) and protected control messages.
 * Registered as a DS service with property {@code rmcp.en.dec.id} ({@link
 * org.rmcp.api.alg.EnDecId}) and {@code rmcp.algorithm.name}.
 *
 * <p>Ciphertext format is the implementation's own and self-describing: whatever per-message
 * state it needs (IV, nonce, tag) travels inside the ciphertext, so {@link #decrypt} needs only
 * the key. A fresh random IV is drawn for every CBC message; CTR and AEAD nonces never repeat
 * under one key within the documented limits of the implementation.
 *
 * <p>Thread-safe: {@code encrypt}/{@code decrypt} may be called concurrently.
 *
 * @since 1.0
 */
@ConsumerType
public interface EncDecAlgorithm extends SecurityAlgorithm {
    /** Service property carrying the EN_DEC_ID code. */
    String PROPERTY = "rmcp.en.dec.id";

    /** @return whether ciphertexts are authenticated (AEAD); if not, callers add a MAC */
    boolean aead();

    /** @return whether the algorithm is asymmetric (PKCS #1 key transport) */
    default boolean asymmetric() {
        return false;
    }

    /** @return the key length in bytes (the modulus length for an asymmetric algorithm) */
    int keyLength();

    /**
     * @param plaintextLength bytes to encrypt
     * @return the largest number of bytes {@link #encrypt} writes for that many plaintext bytes
     */
    int maxCiphertextLength(int plaintextLength);

    /**
     * Makes a new random symmetric key for this algorithm.
     *
     * @throws UnsupportedOperationException for an asymmetric algorithm (use a KeyPairGenerator)
     */
    Key generateKey(SecureRandom random);

    /**
     * Wraps raw key bytes (e.g. Ks, Kg, Kc off the wire) as a key for this algorithm.
     *
     * @throws java.security.InvalidKeyException if the length is not {@link #keyLength()}
     */
    Key key(byte[] raw) throws GeneralSecurityException;

    /**
     * Encrypts the remaining bytes of {@code plaintext} into {@code out}, advancing both.
     *
     * @param key a key of this algorithm (public key for an asymmetric one)
     * @param aad associated data authenticated but not encrypted by an AEAD algorithm; ignored
     *     (not authenticated) when {@link #aead()} is false; may be {@code null}
     * @return the number of bytes written to {@code out}
     * @throws java.nio.BufferOverflowException if {@code out} has less than
     *     {@link #maxCiphertextLength(int)} bytes remaining
     */
    int encrypt(Key key, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) throws GeneralSecurityException;

    /**
     * Decrypts the remaining bytes of {@code ciphertext} into {@code out}, advancing both.
     *
     * @return the number of plaintext bytes written
     * @throws javax.crypto.AEADBadTagException if an AEAD tag does not verify
     * @throws GeneralSecurityException on a wrong key, bad padding or malformed ciphertext
     */
    int decrypt(Key key, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException;

    /** Convenience form of {@link #encrypt(Key, ByteBuffer, ByteBuffer, ByteBuffer)} on arrays. */
    default byte[] encrypt(Key key, byte[] plaintext) throws GeneralSecurityException {
        ByteBuffer out = ByteBuffer.allocate(maxCiphertextLength(plaintext.length));
        int n = encrypt(key, null, ByteBuffer.wrap(plaintext), out);
        return java.util.Arrays.copyOf(out.array(), n);
    }

    /** Convenience form of {@link #decrypt(Key, ByteBuffer, ByteBuffer, ByteBuffer)} on arrays. */
    default byte[] decrypt(Key key, byte[] ciphertext) throws GeneralSecurityException {
        ByteBuffer out = ByteBuffer.allocate(ciphertext.length);
        int n = decrypt(key, null, ByteBuffer.wrap(ciphertext), out);
        return java.util.Arrays.copyOf(out.array(), n);
    }
}

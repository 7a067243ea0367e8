package org.rmcp.cipher.pkcs1.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.rmcp.alg.support.Jca;

/**
 * One RSA encryption scheme of PKCS #1 v2.2 (RFC 8017 §7) on the JCA, with a cipher per thread:
 * RSAES-OAEP with given hash and MGF1 hash, or RSAES-PKCS1-v1_5.
 */
final class RsaTransport {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String label;
    private final String transformation;
    private final AlgorithmParameterSpec params;
    private final int overhead;
    private final ThreadLocal<Cipher> ciphers;

    RsaTransport(String label, String transformation, AlgorithmParameterSpec params, int overhead) {
        this.label = label;
        this.transformation = transformation;
        this.params = params;
        this.overhead = overhead;
        this.ciphers = Jca.perThreadCipher(transformation);
        newCipher(); // fail at once if the JCA lacks it
    }

    /** RSAES-OAEP with {@code hash} for both the label hash and MGF1, empty label: RFC 8017 §7.1; overhead 2 hLen + 2. */
    static RsaTransport oaep(String hash) {
        MGF1ParameterSpec mgf = new MGF1ParameterSpec(hash);
        int hLen;
        try {
            hLen = MessageDigest.getInstance(hash).getDigestLength();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hash + " is not available from the JCA", e);
        }
        return new RsaTransport("RSAES-OAEP (" + hash + ", MGF1-" + hash + ")", "RSA/ECB/OAEPPadding",
            new OAEPParameterSpec(hash, "MGF1", mgf, PSource.PSpecified.DEFAULT), 2 * hLen + 2);
    }

    /** RSAES-PKCS1-v1_5, RFC 8017 §7.2; overhead 11. */
    static RsaTransport v15() {
        return new RsaTransport("RSAES-PKCS1-v1_5", "RSA/ECB/PKCS1Padding", null, 11);
    }

    String label() {
        return label;
    }

    /** @return the longest message a modulus of {@code k} bytes can carry */
    int maxMessage(int k) {
        return k - overhead;
    }

    int encrypt(Cipher cipher, Key publicKey, ByteBuffer in, ByteBuffer out) throws GeneralSecurityException {
        init(cipher, Cipher.ENCRYPT_MODE, publicKey);
        return cipher.doFinal(in, out);
    }

    int decrypt(Cipher cipher, Key privateKey, ByteBuffer in, ByteBuffer out) throws GeneralSecurityException {
        init(cipher, Cipher.DECRYPT_MODE, privateKey);
        return cipher.doFinal(in, out);
    }

    Cipher cipher() {
        return ciphers.get();
    }

    Cipher newCipher() {
        return Jca.newCipher(transformation);
    }

    private void init(Cipher cipher, int mode, Key key) throws GeneralSecurityException {
        if (params == null) {
            cipher.init(mode, key, RANDOM);
        } else {
            cipher.init(mode, key, params, RANDOM);
        }
    }
}

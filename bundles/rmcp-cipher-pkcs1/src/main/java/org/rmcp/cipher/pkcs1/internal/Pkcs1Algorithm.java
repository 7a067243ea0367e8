package org.rmcp.cipher.pkcs1.internal;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Locale;
import javax.crypto.IllegalBlockSizeException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.rmcp.alg.support.AbstractSecurityAlgorithm;
import org.rmcp.alg.support.BufferGuard;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.EnDecId;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EN_DEC_ID 0x03, PKCS #1 RSA key transport (X.603.1 Amd.1 clause 12, Table 16), on the JCA:
 * encrypt with the recipient's RSA public key, decrypt with its private key; the ciphertext is one
 * RSA block of the modulus length. RSAES-OAEP by default; RSAES-PKCS1-v1_5 only when PID
 * {@code org.rmcp.cipher.pkcs1} says {@code padding=v1.5}, and then {@link #weak()} is true.
 */
// our choice: OAEP with SHA-256 for both the label hash and MGF1 (RFC 8017 §7.1 allows any hash; the
// JCA's "OAEPWithSHA-256AndMGF1Padding" would use SHA-1 in MGF1, so the parameters are spelled out)
@Component(service = EncDecAlgorithm.class, configurationPid = Pkcs1Algorithm.PID,
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = Pkcs1Config.class)
@EnDecId(EnDecIds.PKCS1)
@AlgorithmName(Pkcs1Algorithm.NAME)
public final class Pkcs1Algorithm extends AbstractSecurityAlgorithm implements EncDecAlgorithm {
    static final String PID = "org.rmcp.cipher.pkcs1";
    static final String NAME = "PKCS1";
    static final int MIN_MODULUS_BITS = 2048;
    static final int MAX_MODULUS_BITS = 16384;
    private static final Logger LOG = LoggerFactory.getLogger(Pkcs1Algorithm.class);

    private final RsaTransport transport;
    private final boolean weak;
    private final int modulusBytes;

    /** The defaults (OAEP with SHA-256, 2048-bit keys), for use outside a container. */
    public Pkcs1Algorithm() {
        this(RsaTransport.oaep("SHA-256"), false, MIN_MODULUS_BITS);
    }

    @Activate
    public Pkcs1Algorithm(Pkcs1Config config) {
        this(transport(config.padding()), isV15(config.padding()), config.modulusBits());
        if (weak) {
            LOG.warn("EN_DEC_ID 0x03 uses PKCS #1 v1.5 padding ({} padding=v1.5): weak against padding-oracle attacks;"
                + " keep it only for peers that cannot do OAEP", PID);
        }
    }

    Pkcs1Algorithm(RsaTransport transport, boolean weak, int modulusBits) {
        super(EnDecIds.PKCS1, NAME);
        if (modulusBits < MIN_MODULUS_BITS || modulusBits > MAX_MODULUS_BITS || modulusBits % 8 != 0) {
            throw new IllegalArgumentException("modulusBits must be a multiple of 8 in [" + MIN_MODULUS_BITS + ", "
                + MAX_MODULUS_BITS + "], not " + modulusBits);
        }
        this.transport = transport;
        this.weak = weak;
        this.modulusBytes = modulusBits / 8;
    }

    private static boolean isV15(String padding) {
        return "v1.5".equals(normalise(padding));
    }

    private static RsaTransport transport(String padding) {
        String p = normalise(padding);
        if (p.equals("oaep")) {
            return RsaTransport.oaep("SHA-256");
        }
        if (p.equals("v1.5")) {
            return RsaTransport.v15();
        }
        throw new IllegalArgumentException(PID + ": padding must be oaep or v1.5, not '" + padding + "'");
    }

    private static String normalise(String padding) {
        return padding == null ? "" : padding.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean weak() {
        return weak;
    }

    @Override
    public boolean aead() {
        return false;
    }

    @Override
    public boolean asymmetric() {
        return true;
    }

    /** @return the modulus length in bytes: the largest this service accepts */
    @Override
    public int keyLength() {
        return modulusBytes;
    }

    @Override
    public int maxCiphertextLength(int plaintextLength) {
        if (plaintextLength < 0) {
            throw new IllegalArgumentException("negative length " + plaintextLength);
        }
        return modulusBytes;
    }

    /** @throws UnsupportedOperationException always: RSA key pairs come from a KeyPairGenerator */
    @Override
    public Key generateKey(SecureRandom random) {
        throw new UnsupportedOperationException(NAME + " is asymmetric: generate an RSA key pair instead");
    }

    /** Parses an X.509 SubjectPublicKeyInfo (public key) or a PKCS #8 PrivateKeyInfo (private key). */
    @Override
    public Key key(byte[] raw) throws GeneralSecurityException {
        if (raw == null) {
            throw new InvalidKeyException(NAME + ": no key bytes");
        }
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        Key key;
        try {
            key = rsa.generatePublic(new X509EncodedKeySpec(raw));
        } catch (InvalidKeySpecException notPublic) {
            try {
                key = rsa.generatePrivate(new PKCS8EncodedKeySpec(raw));
            } catch (InvalidKeySpecException notPrivate) {
                throw new InvalidKeyException(NAME + ": neither an X.509 nor a PKCS #8 RSA key", notPrivate);
            }
        }
        checkSize((RSAKey) key);
        return key;
    }

    @Override
    public int encrypt(Key key, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) throws GeneralSecurityException {
        if (!(key instanceof RSAPublicKey)) {
            throw new InvalidKeyException(NAME + " encrypts with an RSA public key");
        }
        int k = checkSize((RSAPublicKey) key);
        if (plaintext.remaining() > transport.maxMessage(k)) {
            throw new IllegalBlockSizeException(NAME + ": " + plaintext.remaining() + " bytes exceed the "
                + transport.maxMessage(k) + " a " + k * 8 + "-bit key carries with " + transport.label());
        }
        if (out.remaining() < k) {
            throw new BufferOverflowException();
        }
        return BufferGuard.restoring(plaintext, out, () -> transport.encrypt(transport.cipher(), key, plaintext, out));
    }

    @Override
    public int decrypt(Key key, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        if (!(key instanceof RSAPrivateKey)) {
            throw new InvalidKeyException(NAME + " decrypts with an RSA private key");
        }
        int k = checkSize((RSAPrivateKey) key);
        if (ciphertext.remaining() != k) {
            throw new IllegalBlockSizeException(NAME + " ciphertext must be exactly " + k + " bytes, not " + ciphertext.remaining());
        }
        return BufferGuard.restoring(ciphertext, out, () -> transport.decrypt(transport.cipher(), key, ciphertext, out));
    }

    @Override
    public void selfTest() throws GeneralSecurityException {
        Kat.run(transport, weak);
    }

    /** @return the modulus length in bytes, if the key is at least 2048 bits and at most {@link #keyLength()} */
    private int checkSize(RSAKey key) throws InvalidKeyException {
        int bits = key.getModulus().bitLength();
        int bytes = (bits + 7) / 8;
        if (bits < MIN_MODULUS_BITS || bytes > modulusBytes) {
            throw new InvalidKeyException(NAME + ": a " + bits + "-bit RSA modulus is outside [" + MIN_MODULUS_BITS
                + ", " + modulusBytes * 8 + "] bits");
        }
        return bytes;
    }
}

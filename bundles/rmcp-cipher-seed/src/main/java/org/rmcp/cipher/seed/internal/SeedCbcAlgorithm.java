package org.rmcp.cipher.seed.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.modes.CBCModeCipher;
import org.osgi.service.component.annotations.Component;
import org.rmcp.alg.support.cipher.SymmetricEncDecAlgorithm;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.EnDecId;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;

/**
 * EN_DEC_ID 0x04, SEED-128 (RFC 4269) in CBC mode with PKCS #7 padding, as RFC 4196 uses SEED-CBC
 * (X.603.1 Amd.1 clause 12, Table 16). Bouncy Castle's lightweight {@code SEEDEngine}, no JCA
 * provider registered. Ciphertext = IV (16 random bytes, fresh per message) || C. Not
 * authenticated: callers add a MAC.
 */
// our choice: CBC mode with PKCS #7 padding and IV || C framing; Table 16 names only "SEED" (see design/rmcp2-basic.md)
@Component(service = EncDecAlgorithm.class)
@EnDecId(EnDecIds.SEED)
@AlgorithmName(SeedCbcAlgorithm.NAME)
public final class SeedCbcAlgorithm extends SymmetricEncDecAlgorithm {
    static final String NAME = "SEED-128-CBC";
    static final String KEY_ALGORITHM = "SEED";
    static final int KEY_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    // per-thread state holds only Bouncy Castle and JDK types, so it never pins this bundle's class loader
    private final ThreadLocal<CBCModeCipher> ciphers = ThreadLocal.withInitial(SeedCbc::newCipher);
    private final ThreadLocal<byte[]> scratch = ThreadLocal.withInitial(() -> new byte[SeedCbc.SCRATCH]);

    public SeedCbcAlgorithm() {
        super(EnDecIds.SEED, NAME, false, KEY_ALGORITHM, KEY_LENGTH);
    }

    @Override
    public int maxCiphertextLength(int plaintextLength) {
        if (plaintextLength < 0 || plaintextLength > Integer.MAX_VALUE - 2 * SeedCbc.BLOCK) {
            throw new IllegalArgumentException("plaintext length out of range: " + plaintextLength);
        }
        return SeedCbc.ciphertextLength(plaintextLength);
    }

    @Override
    public int encrypt(Key key, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) throws GeneralSecurityException {
        byte[] iv = new byte[SeedCbc.IV_LENGTH];
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
    int seal(CBCModeCipher cbc, Key key, byte[] iv, ByteBuffer plaintext, ByteBuffer out) throws GeneralSecurityException {
        byte[] raw = keys().encoded(key);
        try {
            return SeedCbc.seal(cbc, scratch.get(), raw, iv, plaintext, out);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    int open(CBCModeCipher cbc, Key key, ByteBuffer ciphertext, ByteBuffer out) throws GeneralSecurityException {
        byte[] raw = keys().encoded(key);
        try {
            return SeedCbc.open(cbc, scratch.get(), raw, ciphertext, out);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}

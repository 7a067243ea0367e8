package org.rmcp.bench.cipher;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.rmcp.cipher.seed.internal.SeedCbcAlgorithm;

/**
 * EN_DEC_ID 0x04 SEED-128-CBC: our component (Bouncy Castle's lightweight engine) against a JCA
 * {@code SEED/CBC/PKCS7Padding} cipher from a Bouncy Castle provider instance (not registered),
 * re-keyed with a fresh random IV per operation, writing IV || C (see {@link SymmetricCipherBenchmark}).
 */
public class SeedCbcBenchmark extends SymmetricCipherBenchmark {
    public SeedCbcBenchmark() {
        super(new SeedCbcAlgorithm(), 16);
    }

    @Override
    protected Cipher newJcaCipher() throws GeneralSecurityException {
        return Cipher.getInstance("SEED/CBC/PKCS7Padding", new BouncyCastleProvider());
    }

    @Override
    protected AlgorithmParameterSpec parameters(byte[] iv) {
        return new IvParameterSpec(iv);
    }
}

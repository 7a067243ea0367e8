package org.rmcp.bench.cipher;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.rmcp.cipher.aesgcm.internal.AesGcmAlgorithm;

/**
 * EN_DEC_ID 0x11 AES-128-GCM: our component against a JCA {@code AES/GCM/NoPadding} cipher
 * re-keyed with a fresh random 96-bit nonce per operation, writing nonce || C || tag (see
 * {@link SymmetricCipherBenchmark}).
 */
public class AesGcmBenchmark extends SymmetricCipherBenchmark {
    public AesGcmBenchmark() {
        super(new AesGcmAlgorithm(), 12);
    }

    @Override
    protected Cipher newJcaCipher() throws GeneralSecurityException {
        return Cipher.getInstance("AES/GCM/NoPadding");
    }

    @Override
    protected AlgorithmParameterSpec parameters(byte[] nonce) {
        return new GCMParameterSpec(128, nonce);
    }
}

package org.rmcp.bench.cipher;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import org.rmcp.cipher.chacha20poly1305.internal.ChaCha20Poly1305Algorithm;

/**
 * EN_DEC_ID 0x12 ChaCha20-Poly1305: our component against a JDK {@code ChaCha20-Poly1305} cipher
 * re-keyed with a fresh random 96-bit nonce per operation, writing nonce || C || tag (see
 * {@link SymmetricCipherBenchmark}).
 */
public class ChaCha20Poly1305Benchmark extends SymmetricCipherBenchmark {
    public ChaCha20Poly1305Benchmark() {
        super(new ChaCha20Poly1305Algorithm(), 12);
    }

    @Override
    protected Cipher newJcaCipher() throws GeneralSecurityException {
        return Cipher.getInstance("ChaCha20-Poly1305");
    }

    @Override
    protected AlgorithmParameterSpec parameters(byte[] nonce) {
        return new IvParameterSpec(nonce);
    }
}

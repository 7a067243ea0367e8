package org.rmcp.bench.cipher;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;

/**
 * EN_DEC_ID 0x01 AES-128-CBC: our component against a JCA {@code AES/CBC/PKCS5Padding} cipher
 * re-keyed with a fresh random IV per operation, writing IV || C (see {@link SymmetricCipherBenchmark}).
 */
public class AesCbcBenchmark extends SymmetricCipherBenchmark {
    public AesCbcBenchmark() {
        super(new AesCbcAlgorithm(), 16);
    }

    @Override
    protected Cipher newJcaCipher() throws GeneralSecurityException {
        return Cipher.getInstance("AES/CBC/PKCS5Padding");
    }

    @Override
    protected AlgorithmParameterSpec parameters(byte[] iv) {
        return new IvParameterSpec(iv);
    }
}

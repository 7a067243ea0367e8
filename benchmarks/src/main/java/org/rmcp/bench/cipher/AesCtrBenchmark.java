package org.rmcp.bench.cipher;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import org.rmcp.cipher.aesctr.internal.AesCtrAlgorithm;

/**
 * EN_DEC_ID 0x02 AES-128-CTR: our component against a JCA {@code AES/CTR/NoPadding} cipher
 * re-keyed per operation with a fresh initial counter block (random 96-bit nonce, counter 0),
 * writing ICB || C (see {@link SymmetricCipherBenchmark}).
 */
public class AesCtrBenchmark extends SymmetricCipherBenchmark {
    public AesCtrBenchmark() {
        super(new AesCtrAlgorithm(), 16);
    }

    @Override
    protected Cipher newJcaCipher() throws GeneralSecurityException {
        return Cipher.getInstance("AES/CTR/NoPadding");
    }

    @Override
    protected AlgorithmParameterSpec parameters(byte[] icb) {
        return new IvParameterSpec(icb);
    }

    @Override
    protected void nextHeader(byte[] icb) {
        super.nextHeader(icb);
        icb[12] = 0;
        icb[13] = 0;
        icb[14] = 0;
        icb[15] = 0;
    }
}

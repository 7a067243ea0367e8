package org.rmcp.cipher.aesgcm.internal;

import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.testkit.EncDecAlgorithmContract;

class AesGcmContractTest extends EncDecAlgorithmContract {
    @Override
    protected EncDecAlgorithm algorithm() {
        return new AesGcmAlgorithm();
    }

    @Override
    protected int expectedCode() {
        return EnDecIds.AES_128_GCM;
    }
}

package org.rmcp.cipher.aesctr.internal;

import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.testkit.EncDecAlgorithmContract;

class AesCtrContractTest extends EncDecAlgorithmContract {
    @Override
    protected EncDecAlgorithm algorithm() {
        return new AesCtrAlgorithm();
    }

    @Override
    protected int expectedCode() {
        return EnDecIds.AES_128_CTR;
    }
}

package org.rmcp.cipher.aescbc.internal;

import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.testkit.EncDecAlgorithmContract;

class AesCbcContractTest extends EncDecAlgorithmContract {
    @Override
    protected EncDecAlgorithm algorithm() {
        return new AesCbcAlgorithm();
    }

    @Override
    protected int expectedCode() {
        return EnDecIds.AES_128_CBC;
    }
}

package org.rmcp.cipher.seed.internal;

import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.testkit.EncDecAlgorithmContract;

class SeedContractTest extends EncDecAlgorithmContract {
    @Override
    protected EncDecAlgorithm algorithm() {
        return new SeedCbcAlgorithm();
    }

    @Override
    protected int expectedCode() {
        return EnDecIds.SEED;
    }
}

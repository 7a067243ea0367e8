package org.rmcp.cipher.chacha20poly1305.internal;

import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.testkit.EncDecAlgorithmContract;

class ChaCha20Poly1305ContractTest extends EncDecAlgorithmContract {
    @Override
    protected EncDecAlgorithm algorithm() {
        return new ChaCha20Poly1305Algorithm();
    }

    @Override
    protected int expectedCode() {
        return EnDecIds.CHACHA20_POLY1305;
    }
}

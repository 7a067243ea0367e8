package org.rmcp.cipher.pkcs1.internal;

import java.security.Key;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.testkit.EncDecAlgorithmContract;

/** The shared contract with the default configuration: OAEP, SHA-256, 2048-bit keys. */
class Pkcs1ContractTest extends EncDecAlgorithmContract {
    @Override
    protected EncDecAlgorithm algorithm() {
        return new Pkcs1Algorithm();
    }

    @Override
    protected int expectedCode() {
        return EnDecIds.PKCS1;
    }

    @Override
    protected Key encryptionKey() {
        return TestKeys.RSA_2048.getPublic();
    }

    @Override
    protected Key decryptionKey() {
        return TestKeys.RSA_2048.getPrivate();
    }

    @Override
    protected Key wrongDecryptionKey() {
        return TestKeys.OTHER_2048.getPrivate();
    }

    /** k - 2 hLen - 2 = 256 - 64 - 2 (RFC 8017 §7.1.1). */
    @Override
    protected int maxPlaintext() {
        return 190;
    }
}

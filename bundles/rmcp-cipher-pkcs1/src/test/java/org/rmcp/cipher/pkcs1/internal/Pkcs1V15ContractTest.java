package org.rmcp.cipher.pkcs1.internal;

import java.security.Key;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.testkit.EncDecAlgorithmContract;

/** The shared contract with {@code padding=v1.5}. */
class Pkcs1V15ContractTest extends EncDecAlgorithmContract {
    private static final Pkcs1Algorithm V15 = new Pkcs1Algorithm(Pkcs1ConfigTest.config("v1.5", 2048));

    @Override
    protected EncDecAlgorithm algorithm() {
        return V15;
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

    /** k - 11 (RFC 8017 §7.2.1). */
    @Override
    protected int maxPlaintext() {
        return 245;
    }
}

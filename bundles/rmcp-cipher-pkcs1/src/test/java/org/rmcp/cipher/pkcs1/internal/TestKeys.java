package org.rmcp.cipher.pkcs1.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/** RSA key pairs made once per test JVM (generation is slow). */
final class TestKeys {
    static final KeyPair RSA_2048 = generate(2048);
    static final KeyPair OTHER_2048 = generate(2048);

    private TestKeys() {
    }

    static KeyPair generate(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

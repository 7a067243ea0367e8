package org.rmcp.cipher.pkcs1.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import javax.crypto.IllegalBlockSizeException;
import org.junit.jupiter.api.Test;

/** Configuration (padding, modulus bound), key parsing and the key-type checks. */
class Pkcs1ConfigTest {
    static Pkcs1Config config(String padding, int modulusBits) {
        return new Pkcs1Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return Pkcs1Config.class;
            }

            @Override
            public String padding() {
                return padding;
            }

            @Override
            public int modulusBits() {
                return modulusBits;
            }
        };
    }

    @Test
    void oaepIsTheDefaultAndNotWeak() throws GeneralSecurityException {
        Pkcs1Algorithm alg = new Pkcs1Algorithm(config("oaep", 2048));
        assertFalse(alg.weak());
        assertTrue(alg.asymmetric());
        assertFalse(alg.aead());
        assertEquals(256, alg.keyLength());
        assertEquals(256, alg.maxCiphertextLength(0));
        alg.selfTest();
    }

    @Test
    void v15IsWeakAndReadsNoOaepBlock() throws GeneralSecurityException {
        Pkcs1Algorithm v15 = new Pkcs1Algorithm(config(" V1.5 ", 2048));
        assertTrue(v15.weak());
        v15.selfTest();
        // an OAEP block read as v1.5 starts with 00 02 about once in 256 tries and may then "decrypt"
        // to garbage: the property is that it never yields the OAEP plaintext, and mostly fails
        byte[] plain = new byte[16];
        int refused = 0;
        for (int i = 0; i < 32; i++) {
            byte[] oaepBlock = new Pkcs1Algorithm().encrypt(TestKeys.RSA_2048.getPublic(), plain);
            try {
                assertFalse(java.util.Arrays.equals(plain, v15.decrypt(TestKeys.RSA_2048.getPrivate(), oaepBlock)));
            } catch (GeneralSecurityException expected) {
                refused++;
            }
        }
        assertTrue(refused >= 28, refused + " of 32 OAEP blocks refused by v1.5");
    }

    @Test
    void unknownPaddingOrModulusBoundRefusesToActivate() {
        assertThrows(IllegalArgumentException.class, () -> new Pkcs1Algorithm(config("pss", 2048)));
        assertThrows(IllegalArgumentException.class, () -> new Pkcs1Algorithm(config("oaep", 1024)));
        assertThrows(IllegalArgumentException.class, () -> new Pkcs1Algorithm(config("oaep", 2049)));
    }

    @Test
    void modulusBoundAdmitsSmallerKeysDownTo2048Bits() throws GeneralSecurityException {
        Pkcs1Algorithm alg = new Pkcs1Algorithm(config("oaep", 3072));
        assertEquals(384, alg.keyLength());
        byte[] ct = alg.encrypt(TestKeys.RSA_2048.getPublic(), new byte[] {7});
        assertEquals(256, ct.length);
        assertArrayEquals(new byte[] {7}, alg.decrypt(TestKeys.RSA_2048.getPrivate(), ct));
    }

    @Test
    void keyParsesX509AndPkcs8AndRefusesTheRest() throws GeneralSecurityException {
        Pkcs1Algorithm alg = new Pkcs1Algorithm();
        KeyPair pair = TestKeys.RSA_2048;
        assertEquals(pair.getPublic(), assertInstanceOf(RSAPublicKey.class, alg.key(pair.getPublic().getEncoded())));
        assertEquals(pair.getPrivate(), assertInstanceOf(RSAPrivateKey.class, alg.key(pair.getPrivate().getEncoded())));
        assertThrows(InvalidKeyException.class, () -> alg.key(new byte[] {0x30, 0x03, 0x02, 0x01, 0x00}));
        assertThrows(InvalidKeyException.class, () -> alg.key(null));
        KeyPair small = TestKeys.generate(1024);
        assertThrows(InvalidKeyException.class, () -> alg.key(small.getPublic().getEncoded()));
        assertThrows(InvalidKeyException.class, () -> alg.encrypt(small.getPublic(), new byte[1]));
    }

    @Test
    void encryptsOnlyWithPublicAndDecryptsOnlyWithPrivateKeys() throws GeneralSecurityException {
        Pkcs1Algorithm alg = new Pkcs1Algorithm();
        KeyPair pair = TestKeys.RSA_2048;
        assertThrows(InvalidKeyException.class, () -> alg.encrypt(pair.getPrivate(), new byte[1]));
        byte[] ct = alg.encrypt(pair.getPublic(), new byte[1]);
        assertThrows(InvalidKeyException.class, () -> alg.decrypt(pair.getPublic(), ct));
        assertThrows(UnsupportedOperationException.class, () -> alg.generateKey(new SecureRandom()));
    }

    @Test
    void tooLongAMessageIsRefusedAndLeavesTheBuffersAlone() {
        Pkcs1Algorithm alg = new Pkcs1Algorithm();
        ByteBuffer in = ByteBuffer.allocate(191);
        ByteBuffer out = ByteBuffer.allocate(256);
        assertThrows(IllegalBlockSizeException.class, () -> alg.encrypt(TestKeys.RSA_2048.getPublic(), null, in, out));
        assertEquals(0, in.position());
        assertEquals(0, out.position());
    }
}

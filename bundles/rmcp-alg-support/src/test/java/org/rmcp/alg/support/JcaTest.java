package org.rmcp.alg.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

class JcaTest {
    @Test
    void makesTheNamedEngines() {
        assertEquals("AES/CBC/PKCS5Padding", Jca.newCipher("AES/CBC/PKCS5Padding").getAlgorithm());
        assertEquals("HmacSHA1", Jca.newMac("HmacSHA1").getAlgorithm());
        assertEquals("SHA-1", Jca.newDigest("SHA-1").getAlgorithm());
    }

    @Test
    void aMissingAlgorithmFailsAtOnceNamingIt() {
        IllegalStateException c = assertThrows(IllegalStateException.class, () -> Jca.newCipher("NoSuch/CBC/NoPadding"));
        assertTrue(c.getMessage().contains("NoSuch/CBC/NoPadding"), c.getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> Jca.newMac("HmacNoSuch")).getMessage().contains("HmacNoSuch"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Jca.newDigest("NoSuch-1")).getMessage().contains("NoSuch-1"));
    }

    @Test
    void perThreadEnginesAreReusedOnOneThreadAndDistinctAcrossThreads() throws InterruptedException, ExecutionException {
        ThreadLocal<Cipher> ciphers = Jca.perThreadCipher("AES/CTR/NoPadding");
        Cipher here = ciphers.get();
        assertSame(here, ciphers.get());
        assertNotSame(here, CompletableFuture.supplyAsync(ciphers::get).get());

        ThreadLocal<MessageDigest> digests = Jca.perThreadDigest("MD5");
        assertSame(digests.get(), digests.get());
        assertEquals("HmacMD5", Jca.perThreadMac("HmacMD5").get().getAlgorithm());
    }
}

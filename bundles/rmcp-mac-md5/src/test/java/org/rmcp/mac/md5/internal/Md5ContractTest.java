package org.rmcp.mac.md5.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.spi.mac.AuthAlgorithm;
import org.rmcp.testkit.AuthAlgorithmContract;

class Md5ContractTest extends AuthAlgorithmContract {
    private final Md5Algorithm alg = new Md5Algorithm();

    @Override
    protected AuthAlgorithm algorithm() {
        return alg;
    }

    @Override
    protected int expectedCode() {
        return AuthIds.MD5;
    }

    @Test
    void isMarkedWeakAndSaysWhy() {
        assertTrue(alg.weak());
        assertTrue(alg.name().contains("weak") && alg.name().contains("length extension"), alg.name());
        assertEquals(16, alg.macLength());
        assertEquals(16, alg.digestLength());
    }
}

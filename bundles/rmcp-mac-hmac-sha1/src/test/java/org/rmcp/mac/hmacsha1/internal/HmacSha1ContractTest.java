package org.rmcp.mac.hmacsha1.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import org.junit.jupiter.api.Test;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.spi.mac.AuthAlgorithm;
import org.rmcp.testkit.AuthAlgorithmContract;

class HmacSha1ContractTest extends AuthAlgorithmContract {
    private final HmacSha1Algorithm alg = new HmacSha1Algorithm();

    @Override
    protected AuthAlgorithm algorithm() {
        return alg;
    }

    @Override
    protected int expectedCode() {
        return AuthIds.HMAC_SHA1;
    }

    @Test
    void lengthsNameAndStrength() {
        assertEquals(20, alg.macLength());
        assertEquals(20, alg.digestLength());
        assertEquals("HMAC-SHA1", alg.name());
        assertFalse(alg.weak());
    }

    @Test
    void emptyKeyIsRefused() {
        assertThrows(InvalidKeyException.class, () -> alg.mac(new byte[0], ByteBuffer.allocate(1)));
    }
}

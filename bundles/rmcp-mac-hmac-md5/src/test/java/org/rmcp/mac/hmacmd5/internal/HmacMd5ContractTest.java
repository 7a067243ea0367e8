package org.rmcp.mac.hmacmd5.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import org.junit.jupiter.api.Test;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.spi.mac.AuthAlgorithm;
import org.rmcp.testkit.AuthAlgorithmContract;

class HmacMd5ContractTest extends AuthAlgorithmContract {
    private final HmacMd5Algorithm alg = new HmacMd5Algorithm();

    @Override
    protected AuthAlgorithm algorithm() {
        return alg;
    }

    @Override
    protected int expectedCode() {
        return AuthIds.HMAC_MD5;
    }

    @Test
    void lengthsNameAndStrength() {
        assertEquals(16, alg.macLength());
        assertEquals(16, alg.digestLength());
        assertEquals("HMAC-MD5", alg.name());
        assertFalse(alg.weak());
    }

    @Test
    void emptyKeyIsRefused() {
        assertThrows(InvalidKeyException.class, () -> alg.mac(new byte[0], ByteBuffer.allocate(1)));
    }
}

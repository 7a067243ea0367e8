package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TlsConfigTest {
    @Test
    void pskKeyIsCopiedAndNeverPrinted() {
        byte[] key = Fixtures.KEY_A.clone();
        TlsConfig c = TlsConfig.psk().pskIdentity("dma-1", key).build();
        key[0] ^= 1;
        assertArrayEquals(Fixtures.KEY_A, c.pskKey());
        c.pskKey()[0] ^= 1;
        assertArrayEquals(Fixtures.KEY_A, c.pskKey());
        assertFalse(c.toString().toLowerCase().contains(HexFormat.of().formatHex(Fixtures.KEY_A).substring(0, 8)));
    }

    @Test
    void refusesIncompleteOrMixedSettings() {
        assertThrows(IllegalStateException.class, () -> TlsConfig.psk().build());
        assertThrows(IllegalStateException.class, () -> TlsConfig.cert().build());
        assertThrows(IllegalStateException.class, () -> TlsConfig.cert().pskStore(id -> null));
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.psk().pskIdentity("x", new byte[15]));
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.psk().pskIdentity("", Fixtures.KEY_A));
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.psk().versions());
        TlsConfig clientOnly = TlsConfig.psk().pskIdentity("x", Fixtures.KEY_A).build();
        assertThrows(IllegalArgumentException.class,
                () -> RmcpServer.start(Fixtures.ANY_PORT, clientOnly, TransportOptions.defaults(), ch -> { }));
        TlsConfig serverOnly = Fixtures.pskServer();
        assertThrows(IllegalArgumentException.class, () -> RmcpClient.create(serverOnly, TransportOptions.defaults()));
    }

    @Test
    void transportOptionsHaveDefaultsAndBounds() {
        TransportOptions o = TransportOptions.defaults();
        assertEquals(Duration.ofSeconds(10), o.handshakeTimeout());
        assertEquals(3, o.maxOpenFailures());
        assertEquals(0xFFFF, o.maxMessageLength());
        assertThrows(IllegalArgumentException.class, () -> o.withHandshakeTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> o.withMaxMessageLength(63));
        assertThrows(IllegalArgumentException.class, () -> o.withMaxOpenFailures(0));
    }
}

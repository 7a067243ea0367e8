package org.rmcp.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rmcp.content.ContentException.Field;
import org.rmcp.content.ContentException.Reason;

/** The receiver's Kc ring by KEY_EPOCH (X.603.1 Amd.1 10.2.1.2, 10.2.7). */
class ContentKeysTest {
    @Test
    void keepsTheNewestEpochsAndDestroysEvictedKeys() throws Exception {
        ContentKeys keys = new ContentKeys();
        assertEquals(ContentKeys.DEFAULT_CAPACITY, keys.capacity());
        for (int e = 1; e <= 4; e++) {
            assertTrue(keys.install(e, Fixtures.kc(e)));
        }
        ContentKey first = keys.key(1).orElseThrow();
        assertTrue(keys.install(7, Fixtures.kc(7)));
        assertEquals(List.of(2L, 3L, 4L, 7L), keys.epochs());
        assertTrue(keys.key(1).isEmpty());
        assertTrue(first.isDestroyed());
        assertThrows(IllegalStateException.class, first::bytes);
        assertArrayEquals(Fixtures.kc(3), keys.key(3).orElseThrow().bytes());
        assertEquals(7, keys.newestEpoch().orElseThrow());
    }

    @Test
    void capacityIsConfigurable() throws Exception {
        ContentKeys keys = new ContentKeys(2);
        keys.install(10, Fixtures.kc(10));
        keys.install(11, Fixtures.kc(11));
        keys.install(12, Fixtures.kc(12));
        assertEquals(List.of(11L, 12L), keys.epochs());
        assertThrows(IllegalArgumentException.class, () -> new ContentKeys(0));
    }

    @Test
    void repeatedInstallOfAKnownEpochWithTheSameKeyIsANoOp() throws Exception {
        ContentKeys keys = new ContentKeys();
        keys.install(5, Fixtures.kc(5));
        keys.install(6, Fixtures.kc(6));
        ContentKey five = keys.key(5).orElseThrow();
        assertFalse(keys.install(5, Fixtures.kc(5)), "older but known with the same key");
        assertFalse(keys.install(6, Fixtures.kc(6)));
        assertEquals(List.of(5L, 6L), keys.epochs());
        assertTrue(five == keys.key(5).orElseThrow(), "the held key is kept");
    }

    @Test
    void refusesOlderEpochsAndAnotherKeyForAKnownEpoch() throws Exception {
        ContentKeys keys = new ContentKeys();
        keys.install(5, Fixtures.kc(5));
        keys.install(8, Fixtures.kc(8));
        ContentException older = assertThrows(ContentException.class, () -> keys.install(6, Fixtures.kc(6)));
        assertEquals(Field.KEY_EPOCH, older.field());
        assertEquals(Reason.STALE_EPOCH, older.reason());
        ContentException conflict = assertThrows(ContentException.class, () -> keys.install(8, Fixtures.kc(99)));
        assertEquals(Reason.STALE_EPOCH, conflict.reason());
        assertArrayEquals(Fixtures.kc(8), keys.key(8).orElseThrow().bytes(), "the held key is unchanged");
        assertEquals(List.of(5L, 8L), keys.epochs());
    }

    @Test
    void refusesOutOfRangeEpochsAndKeyLengths() {
        ContentKeys keys = new ContentKeys();
        assertThrows(IllegalArgumentException.class, () -> keys.install(-1, Fixtures.kc(1)));
        assertThrows(IllegalArgumentException.class, () -> keys.install(ContentKey.MAX_EPOCH + 1, Fixtures.kc(1)));
        assertThrows(IllegalArgumentException.class, () -> keys.install(1, new byte[15]));
        assertTrue(keys.epochs().isEmpty());
    }

    @Test
    void keyBytesNeverAppearInToStringOrMessages() throws Exception {
        ContentKeys keys = new ContentKeys();
        byte[] kc = Fixtures.kc(42);
        keys.install(3, kc);
        String hex = HexFormat.of().formatHex(kc);
        ContentException e = assertThrows(ContentException.class, () -> keys.install(3, Fixtures.kc(43)));
        for (String s : List.of(keys.toString(), keys.key(3).orElseThrow().toString(), e.getMessage())) {
            assertFalse(s.toLowerCase().contains(hex.substring(0, 8)), s);
        }
        assertTrue(keys.toString().contains(keys.key(3).orElseThrow().fingerprint()));
    }

    @Test
    void clearDestroysEverything() throws Exception {
        ContentKeys keys = new ContentKeys();
        keys.install(1, Fixtures.kc(1));
        ContentKey k = keys.key(1).orElseThrow();
        keys.clear();
        assertTrue(keys.epochs().isEmpty());
        assertTrue(k.isDestroyed());
    }
}

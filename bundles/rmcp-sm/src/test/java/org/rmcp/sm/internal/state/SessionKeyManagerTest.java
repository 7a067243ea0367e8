package org.rmcp.sm.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.sm.internal.state.Fixtures.T0;
import static org.rmcp.sm.internal.state.Fixtures.link;
import static org.rmcp.sm.internal.state.Fixtures.maid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.KeyType;
import org.rmcp.codec.NodeType;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.Protection;
import org.rmcp.sm.api.SessionKey;

/** Ks (X.603.1 Amd.1 10.1.2.1): bootstrap, hash update, fresh rotation, delivery to SMA and DMAs only. */
class SessionKeyManagerTest {
    @Test
    void bootstrapKeyIsEpochOneOfTheConfiguredLength() {
        SessionKeyManager keys = new SessionKeyManager(16, Fixtures.counter(), T0);
        assertEquals(1, keys.current().epoch());
        assertEquals(16, keys.current().length());
        assertEquals(T0, keys.changedAt());
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32})
    void updateIsSha256OfLabelAndKeyTruncated(int length) throws Exception {
        SessionKeyManager keys = new SessionKeyManager(length, Fixtures.counter(), T0);
        byte[] before = keys.current().key();
        SessionKey after = keys.update(T0.plusSeconds(3600));
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update("rmcp2 ks update".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(Arrays.copyOf(md.digest(before), length), after.key());
        assertEquals(2, after.epoch());
        assertEquals(T0.plusSeconds(3600), keys.changedAt());
    }

    @Test
    void updateIsDeterministicAcrossManagersWithTheSameStart() {
        SessionKeyManager a = new SessionKeyManager(16, Fixtures.counter(), T0);
        SessionKeyManager b = new SessionKeyManager(16, Fixtures.counter(), T0);
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(a.update(T0).key(), b.update(T0).key());
        }
        assertEquals(6, a.current().epoch());
    }

    @Test
    void rotateIsFreshRandomNotAHashOfTheOldKey() {
        SessionKeyManager keys = new SessionKeyManager(16, new SecureRandom()::nextBytes, T0);
        Set<String> seen = new HashSet<>();
        seen.add(HexFormat.of().formatHex(keys.current().key()));
        for (int i = 0; i < 200; i++) {
            byte[] old = keys.current().key();
            SessionKey next = keys.rotate(T0);
            assertFalse(Arrays.equals(SessionKeyManager.hashUpdate(old, 16), next.key()));
            assertTrue(seen.add(HexFormat.of().formatHex(next.key())), "repeated key at rotation " + i);
        }
        assertEquals(201, keys.current().epoch());
    }

    @Test
    void rotateDrawsFromTheInjectedRandomness() {
        RandomBytes fixed = b -> Arrays.fill(b, (byte) 0x5A);
        SessionKeyManager keys = new SessionKeyManager(16, fixed, T0);
        keys.update(T0);
        byte[] expected = new byte[16];
        Arrays.fill(expected, (byte) 0x5A);
        assertArrayEquals(expected, keys.rotate(T0.plus(Duration.ofSeconds(1))).key());
    }

    @Test
    void deliveriesGoToSmaAndDmasUnderKtlsAndNeverToRmas() {
        MemberTable table = new MemberTable();
        table.admit(maid(1), NodeType.SMA, link(1), T0);
        table.admit(maid(2), NodeType.DMA, link(2), T0);
        table.admit(maid(3), NodeType.RMA, link(3), T0);
        table.admit(maid(4), NodeType.DMA, link(4), T0).moveTo(MemberState.EVICTED, T0);
        table.admit(maid(5), NodeType.RMA, link(5), T0).moveTo(MemberState.CONFIGURED, T0);
        SessionKeyManager keys = new SessionKeyManager(16, Fixtures.counter(), T0);
        List<Effect> out = keys.deliveries(Fixtures.SID, table.all());
        assertEquals(List.of(maid(1), maid(2)), out.stream().map(e -> ((Effect.Send) e).to()).toList());
        for (Effect e : out) {
            Effect.Send s = (Effect.Send) e;
            KeyDeliver kd = (KeyDeliver) s.message();
            assertEquals(Protection.KTLS, s.protection());
            assertEquals(NodeType.SM, kd.nodeType());
            assertEquals(s.to(), kd.maid());
            assertEquals(KeyType.KS, kd.keyInfo().keyType());
            assertArrayEquals(keys.current().key(), kd.keyInfo().keyMaterial().keyData().toByteArray());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 33})
    void lengthOutsideBoundsIsRefused(int length) {
        assertThrows(IllegalArgumentException.class, () -> new SessionKeyManager(length, Fixtures.counter(), T0));
    }

    @Test
    void keyIsNeverPrinted() {
        SessionKey ks = new SessionKeyManager(16, Fixtures.counter(), T0).current();
        String hex = HexFormat.of().formatHex(ks.key());
        assertFalse(ks.toString().contains(hex));
        assertTrue(ks.toString().contains(ks.fingerprint()));
        assertEquals(8, ks.fingerprint().length());
        byte[] copy = ks.key();
        copy[0] ^= 1;
        assertFalse(Arrays.equals(copy, ks.key()), "key() returns a copy");
    }
}

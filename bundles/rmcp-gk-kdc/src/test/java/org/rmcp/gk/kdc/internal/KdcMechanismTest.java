package org.rmcp.gk.kdc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rmcp.api.alg.GkNames;
import org.rmcp.spi.gk.GkContext;
import org.rmcp.spi.gk.GroupKeyMember;
import org.rmcp.spi.gk.GroupKeyServer;
import org.rmcp.spi.gk.MemberId;

/**
 * The service object: its code, name and self test, and the checks on the runtime's context.
 * There are no published known-answer vectors for KDC; the self test is a seeded round trip.
 */
class KdcMechanismTest {
    private final KdcMechanism mech = new KdcMechanism();

    @Test
    void describesItself() {
        assertEquals(GkNames.KDC, mech.code());
        assertEquals(0x01, mech.code());
        assertEquals("KDC", mech.name());
        assertFalse(mech.weak());
    }

    @Test
    void selfTestPasses() throws GeneralSecurityException {
        mech.selfTest();
    }

    @Test
    void serverAndMemberRoundTrip() throws GeneralSecurityException {
        GkContext ctx = Group.context(new SecureRandom(), 32, 0x07);
        GroupKeyServer server = mech.newServer(ctx);
        GroupKeyMember member = mech.newMember(ctx);
        member.onMessage(server.onJoin(new MemberId(7)).get(0).payload());
        assertArrayEquals(server.currentKey(), member.currentKey());
        assertEquals(32, member.currentKey().length);
        member.onMessage(server.rekey().get(0).payload());
        assertEquals(server.epoch(), member.epoch());
        assertArrayEquals(server.currentKey(), member.currentKey());
    }

    @Test
    void kgComesFromTheContextsRandomness() throws GeneralSecurityException {
        byte[] expected = new byte[16];
        new FixedRandom(42).nextBytes(expected);
        assertArrayEquals(expected, mech.newServer(Group.context(new FixedRandom(42), 16, 0)).currentKey());
        assertFalse(Arrays.equals(expected, mech.newServer(Group.context(new FixedRandom(43), 16, 0)).currentKey()));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0x08, 0x0F, 0x10, 0x80, 0xFF})
    void gkMechaOutsideTable19IsRefused(int gkMecha) {
        GkContext ctx = Group.context(new SecureRandom(), 16, gkMecha);
        assertTrue(assertThrows(InvalidAlgorithmParameterException.class, () -> mech.newServer(ctx)).getMessage().contains("GK_MECHA"));
        assertThrows(InvalidAlgorithmParameterException.class, () -> mech.newMember(ctx));
    }

    @ParameterizedTest
    @ValueSource(ints = {-16, 0, KdcPayload.MAX_KEY_LENGTH + 1, 0x10000})
    void keyLengthOutOfRangeIsRefused(int keyLength) {
        GkContext ctx = Group.context(new SecureRandom(), keyLength, 0);
        assertThrows(InvalidAlgorithmParameterException.class, () -> mech.newServer(ctx));
        assertThrows(InvalidAlgorithmParameterException.class, () -> mech.newMember(ctx));
    }

    @Test
    void largestKeyFitsKeyMaterial() throws GeneralSecurityException {
        assertEquals(2037, KdcPayload.MAX_KEY_LENGTH);
        GkContext ctx = Group.context(new SecureRandom(), KdcPayload.MAX_KEY_LENGTH, 0);
        byte[] p = mech.newServer(ctx).onJoin(new MemberId(1)).get(0).payload();
        assertEquals(0x804 - 4, p.length, "the whole KEY_DATA of one KEY_MATERIAL sub-control");
        GroupKeyMember m = mech.newMember(ctx);
        m.onMessage(p);
        assertEquals(KdcPayload.MAX_KEY_LENGTH, m.currentKey().length);
    }
}

package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;
import org.rmcp.cipher.aesgcm.internal.AesGcmAlgorithm;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm;
import org.rmcp.transport.ProtectedChannelTest.Mode;
import org.rmcp.transport.ProtectionException.Reason;

/** Sealing and opening of protected control messages (docs/spec-notes-transport.md). */
class MessageProtectorTest {
    private static final byte[] KEY = Fixtures.KEY_A;
    private static final byte[] PLAIN = RmcpCodec.DEFAULT.encodeToBytes(Fixtures.termReq());

    private static Reason reason(ThrowingRunnable r) {
        return assertThrows(ProtectionException.class, r::run).reason();
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void roundTripRestoresTheMessage(Mode mode) throws Exception {
        MessageProtector p = mode.protector(KEY);
        byte[] wire = p.sealMessage(7, PLAIN);
        assertEquals(wire.length, (wire[2] & 0xFF) << 8 | wire[3] & 0xFF, "Length updated");
        assertTrue(wire.length <= PLAIN.length + p.maxExpansion(PLAIN.length - 20));
        assertFalse(Arrays.equals(Arrays.copyOfRange(PLAIN, 20, PLAIN.length),
                Arrays.copyOfRange(wire, 28, 28 + PLAIN.length - 20)), "control data is encrypted");
        assertArrayEquals(PLAIN, mode.protector(KEY).openMessage(wire, ReplayWindow.strict()));
        assertEquals(Fixtures.termReq(), RmcpCodec.DEFAULT.decode(mode.protector(KEY).openMessage(wire, null)));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyModifiedByteIsRefused(Mode mode) throws Exception {
        MessageProtector p = mode.protector(KEY);
        byte[] wire = p.sealMessage(3, PLAIN);
        for (int i = 0; i < wire.length; i++) {
            byte[] bad = wire.clone();
            bad[i] ^= 0x40;
            Reason r = reason(() -> p.openMessage(bad, ReplayWindow.strict()));
            assertEquals(i == 2 || i == 3 ? Reason.MALFORMED : Reason.TAMPERED, r, "byte " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void truncatedAndWrongKeyAreRefused(Mode mode) throws Exception {
        byte[] wire = mode.protector(KEY).sealMessage(0, PLAIN);
        byte[] cut = Arrays.copyOf(wire, wire.length - 1);
        cut[2] = (byte) (cut.length >>> 8);
        cut[3] = (byte) cut.length;
        assertEquals(Reason.TAMPERED, reason(() -> mode.protector(KEY).openMessage(cut, null)));
        assertEquals(Reason.TAMPERED, reason(() -> mode.protector(Fixtures.KEY_B).openMessage(wire, null)));
        assertEquals(Reason.MALFORMED, reason(() -> mode.protector(KEY).openMessage(Arrays.copyOf(wire, 27), null)));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void replayIsRefusedAfterAuthentication(Mode mode) throws Exception {
        MessageProtector p = mode.protector(KEY);
        ReplayWindow w = ReplayWindow.strict();
        byte[] m0 = p.sealMessage(0, PLAIN);
        byte[] m1 = p.sealMessage(1, PLAIN);
        p.openMessage(m1, w);
        assertEquals(Reason.REPLAYED, reason(() -> p.openMessage(m1, w)));
        assertEquals(Reason.REPLAYED, reason(() -> p.openMessage(m0, w)), "older than the strict window");
        // a forged message does not move the window
        byte[] forged = p.sealMessage(9, PLAIN);
        forged[forged.length - 1] ^= 1;
        assertEquals(Reason.TAMPERED, reason(() -> p.openMessage(forged, w)));
        assertEquals(1, w.highest());
    }

    @Test
    void theModesDoNotOpenEachOther() throws Exception {
        byte[] aead = Mode.AEAD_AES_GCM.protector(KEY).sealMessage(0, PLAIN);
        byte[] etm = Mode.ETM_AES_CBC_HMAC_SHA1.protector(KEY).sealMessage(0, PLAIN);
        assertEquals(Reason.TAMPERED, reason(() -> Mode.ETM_AES_CBC_HMAC_SHA1.protector(KEY).openMessage(aead, null)));
        assertEquals(Reason.TAMPERED, reason(() -> Mode.AEAD_AES_GCM.protector(KEY).openMessage(etm, null)));
    }

    @Test
    void sealingIsRandomizedAndBoundToTheSequenceNumber() throws Exception {
        MessageProtector p = Mode.ETM_AES_CBC_HMAC_SHA1.protector(KEY);
        byte[] header = Arrays.copyOf(PLAIN, 20);
        byte[] body = Arrays.copyOfRange(PLAIN, 20, PLAIN.length);
        byte[] s1 = p.seal(4, header, body);
        assertNotEquals(Arrays.toString(s1), Arrays.toString(p.seal(4, header, body)), "fresh IV per message");
        assertArrayEquals(body, p.open(4, header, s1));
        assertEquals(Reason.TAMPERED, reason(() -> p.open(5, header, s1)));
        byte[] otherLength = header.clone();
        otherLength[3] ^= 0x7F; // Length is not authenticated on its own (see spec notes)
        assertArrayEquals(body, p.open(4, otherLength, s1));
    }

    @Test
    void refusesWhatCannotBeProtected() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> MessageProtector.aead(new AesCbcAlgorithm(), KEY));
        assertThrows(IllegalArgumentException.class, () -> MessageProtector.aead(new AesGcmAlgorithm(), new byte[15]));
        assertThrows(NullPointerException.class,
                () -> MessageProtector.encryptThenMac(new AesCbcAlgorithm(), null, KEY));
        assertTrue(MessageProtector.of(new AesGcmAlgorithm(), new HmacSha1Algorithm(), KEY).aead());
    }

    @Test
    void tooLongForTheLengthFieldIsRefused() throws Exception {
        byte[] big = new byte[0xFFFF];
        System.arraycopy(PLAIN, 0, big, 0, 20);
        big[2] = (byte) 0xFF;
        big[3] = (byte) 0xFF;
        MessageProtector p = Mode.AEAD_AES_GCM.protector(KEY);
        assertEquals(Reason.TOO_LONG, reason(() -> p.sealMessage(0, big)));
    }
}

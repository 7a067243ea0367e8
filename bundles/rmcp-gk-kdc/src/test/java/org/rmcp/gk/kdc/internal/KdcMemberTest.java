package org.rmcp.gk.kdc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The member side: replay and rollback are refused and the held key stays; every malformed
 * payload fails with a {@link GeneralSecurityException} naming its field and changes nothing.
 * No published vectors exist for KDC (see {@link KdcServerTest}); payloads here are built by hand
 * from the format in {@code package-info.java}.
 */
class KdcMemberTest {
    private static final byte[] K1 = key(1);
    private static final byte[] K2 = key(2);
    private static final byte[] K3 = key(3);

    private final KdcMember member = new KdcMember(16);

    private static byte[] key(int fill) {
        byte[] k = new byte[16];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    private static byte[] payload(int version, long epoch, int lengthField, byte[] kg) {
        return ByteBuffer.allocate(11 + kg.length).put((byte) version).putLong(epoch).putShort((short) lengthField).put(kg).array();
    }

    private static byte[] payload(long epoch, byte[] kg) {
        return payload(1, epoch, kg.length, kg);
    }

    @Test
    void nothingBeforeTheFirstKey() {
        assertEquals(-1, member.epoch());
        assertNull(member.currentKey());
    }

    @Test
    void takesTheFirstKeyAtAnyEpochThenOnlyNewerOnes() throws GeneralSecurityException {
        assertEquals(List.of(), member.onMessage(payload(5, K1)));
        assertEquals(5, member.epoch());
        assertArrayEquals(K1, member.currentKey());
        assertEquals(List.of(), member.onMessage(payload(9, K2)), "epochs may skip (a missed rekey)");
        assertEquals(9, member.epoch());
        assertArrayEquals(K2, member.currentKey());
    }

    @Test
    void replayAndRollbackAreRefusedAndTheKeyIsKept() throws GeneralSecurityException {
        byte[] first = payload(3, K1);
        member.onMessage(first);
        member.onMessage(payload(4, K2));
        assertMalformed("epoch", first);
        assertMalformed("epoch", payload(4, K3));
        assertMalformed("epoch", payload(0, K3));
        assertEquals(4, member.epoch());
        assertArrayEquals(K2, member.currentKey());
    }

    @Test
    void currentKeyIsACopy() throws GeneralSecurityException {
        byte[] p = payload(0, K1);
        member.onMessage(p);
        member.currentKey()[0] ^= 1;
        p[11] ^= 1;
        assertArrayEquals(K1, member.currentKey());
    }

    @Test
    void truncatedAtEveryLengthNamesTheMissingField() {
        byte[] p = payload(7, K1);
        for (int n = 0; n < p.length; n++) {
            String field = n < 1 ? "version" : n < 9 ? "epoch" : "Kg length";
            assertMalformed(field, Arrays.copyOf(p, n));
        }
    }

    @Test
    void missingPayload() {
        assertMalformed("version", null);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x02, 0x10, 0xFF})
    void wrongVersion(int version) {
        assertMalformed("version", payload(version, 1, 16, K1));
    }

    @Test
    void epochAboveTwoToThe63IsRefused() {
        assertMalformed("epoch", payload(1, -1L, 16, K1));
        assertMalformed("epoch", payload(1, Long.MIN_VALUE, 16, K1));
    }

    @Test
    void lengthFieldDisagreeingWithTheBytes() {
        assertMalformed("Kg length", payload(1, 1, 15, K1));
        assertMalformed("Kg length", payload(1, 1, 17, K1));
        assertMalformed("Kg length", payload(1, 1, 0, K1));
        assertMalformed("Kg length", payload(1, 1, 0xFFFF, K1));
        assertMalformed("Kg length", Arrays.copyOf(payload(1, K1), 28));
    }

    @Test
    void keyOfAnotherLengthThanAgreedIsRefused() {
        assertMalformed("Kg length", payload(1, new byte[32]));
        assertMalformed("Kg length", payload(1, new byte[0]));
    }

    @Test
    void aRefusedPayloadChangesNothing() throws GeneralSecurityException {
        member.onMessage(payload(2, K1));
        assertMalformed("Kg length", Arrays.copyOf(payload(3, K2), 20));
        assertMalformed("version", payload(0, 3, 16, K2));
        assertEquals(2, member.epoch());
        assertArrayEquals(K1, member.currentKey());
        member.onMessage(payload(3, K2));
        assertEquals(3, member.epoch());
    }

    private void assertMalformed(String field, byte[] payload) {
        GeneralSecurityException e = assertThrows(GeneralSecurityException.class, () -> member.onMessage(payload),
            () -> "payload " + (payload == null ? "null" : payload.length + " bytes"));
        assertTrue(e.getMessage().startsWith("KDC payload " + field + ": "), e.getMessage());
    }
}

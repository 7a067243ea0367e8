package org.rmcp.gk.kdc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rmcp.spi.gk.KeyMessage;
import org.rmcp.spi.gk.MemberId;

/**
 * The KDC server's join / leave / rekey behaviour under every GK_MECHA code of X.603.1 Amd.1
 * Table 19 (BACKWARD 0x02 = rekey on leave, FORWARD 0x04 = rekey on join, PERIODIC 0x01 =
 * {@code rekey()} from a timer). There are no published known-answer vectors for KDC: GK_NAME 0x01
 * names an architecture (RFC 2094), not an algorithm with test vectors, and the payload is ours;
 * these tests check the behaviour and, with {@link Group}, who could ever read which Kg.
 */
class KdcServerTest {
    private static final MemberId A = new MemberId(0x0a00000113880000L);
    private static final MemberId B = new MemberId(0x0a00000213880000L);
    private static final MemberId C = new MemberId(0x0a00000313880000L);
    private static final MemberId D = new MemberId(0x0a00000413880000L);
    private static final MemberId STRANGER = new MemberId(0x0a0000ff13880000L);

    /**
     * One scripted session per GK_MECHA: epochs move exactly when the policy says, strictly up;
     * leavers (BACKWARD) never read a Kg made at or after their leave and joiners (FORWARD) never
     * read one made before their join, through any message in the whole log.
     */
    @ParameterizedTest(name = "GK_MECHA 0x0{0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void everyPolicyKeepsItsPromises(int gkMecha) throws GeneralSecurityException {
        boolean onJoin = (gkMecha & 0x04) != 0;
        boolean onLeave = (gkMecha & 0x02) != 0;
        Group g = new Group(gkMecha);
        Map<MemberId, Long> joinedAt = new LinkedHashMap<>();
        Map<MemberId, Long> leftAt = new LinkedHashMap<>();
        List<Long> epochs = new ArrayList<>(List.of(g.server.epoch()));
        for (String step : List.of("+A", "+B", "+C", "R", "-B", "+D", "-A", "-STRANGER", "R", "-C", "+B", "-D")) {
            MemberId m = switch (step.substring(1)) {
                case "A" -> A;
                case "B" -> B;
                case "C" -> C;
                case "D" -> D;
                default -> STRANGER;
            };
            long before = g.server.epoch();
            byte[] keyBefore = g.server.currentKey();
            boolean rekeyed;
            if (step.equals("R")) {
                g.rekey();
                rekeyed = true;
            } else if (step.startsWith("+")) {
                g.join(m);
                joinedAt.put(m, g.server.epoch());
                rekeyed = onJoin;
            } else {
                boolean known = g.members.containsKey(m);
                g.leave(m);
                leftAt.put(m, g.server.epoch());
                rekeyed = onLeave && known;
            }
            assertEquals(before + (rekeyed ? 1 : 0), g.server.epoch(), step);
            assertEquals(rekeyed, !Arrays.equals(keyBefore, g.server.currentKey()), step + " changes Kg");
            epochs.add(g.server.epoch());
        }
        for (int i = 1; i < epochs.size(); i++) {
            assertTrue(epochs.get(i) >= epochs.get(i - 1), "epochs never go back: " + epochs);
        }
        assertEquals(Set.of(B), g.server.members());
        if (onLeave) {
            for (Map.Entry<MemberId, Long> left : leftAt.entrySet()) {
                if (left.getKey().equals(B) || left.getKey().equals(STRANGER)) {
                    continue;
                }
                for (long e : g.readableBy(left.getKey())) {
                    assertTrue(e < left.getValue(), left.getKey() + " left at epoch " + left.getValue() + " but reads epoch " + e);
                }
            }
        }
        if (onJoin) {
            for (Map.Entry<MemberId, Long> joined : joinedAt.entrySet()) {
                if (joined.getKey().equals(B)) {
                    continue;
                }
                for (long e : g.readableBy(joined.getKey())) {
                    assertTrue(e >= joined.getValue(), joined.getKey() + " joined at epoch " + joined.getValue() + " but reads epoch " + e);
                }
            }
        }
        assertTrue(g.readableBy(STRANGER).isEmpty(), "a member that never joined reads nothing");
    }

    /** STATIC (0x00): one Kg for the session, whatever joins or leaves. */
    @Test
    void staticNeverRekeysOnJoinOrLeave() throws GeneralSecurityException {
        Group g = new Group(0x00);
        byte[] kg = g.server.currentKey();
        for (MemberId m : List.of(A, B, C)) {
            List<KeyMessage> out = g.join(m);
            assertEquals(1, out.size());
            assertEquals(m, out.get(0).to());
        }
        assertEquals(List.of(), g.leave(B));
        assertEquals(List.of(), g.leave(A));
        assertEquals(0, g.server.epoch());
        assertArrayEquals(kg, g.server.currentKey());
    }

    /** FORWARD (0x04): a join re-creates Kg (clause 10.2.4): group message first, then the joiner's unicast. */
    @Test
    void forwardRekeysOnJoinOnly() throws GeneralSecurityException {
        Group g = new Group(0x04);
        List<KeyMessage> first = g.join(A);
        assertEquals(1, g.server.epoch());
        assertEquals(1, first.size(), "no group message to an empty group");
        assertEquals(A, first.get(0).to());
        List<KeyMessage> second = g.join(B);
        assertEquals(2, g.server.epoch());
        assertEquals(2, second.size());
        assertTrue(second.get(0).toGroup());
        assertEquals(B, second.get(1).to());
        assertEquals(2, Group.epochOf(second.get(0).payload()));
        assertEquals(2, Group.epochOf(second.get(1).payload()));
        assertEquals(List.of(), g.leave(A));
        assertEquals(2, g.server.epoch());
    }

    /** BACKWARD (0x02): a leave re-creates Kg and sends it to each remaining member, never to the group. */
    @Test
    void backwardRekeysOnLeaveByUnicastOnly() throws GeneralSecurityException {
        Group g = new Group(0x02);
        for (MemberId m : List.of(A, B, C, D)) {
            assertEquals(List.of(m), g.join(m).stream().map(KeyMessage::to).toList());
        }
        assertEquals(0, g.server.epoch());
        List<KeyMessage> out = g.leave(B);
        assertEquals(1, g.server.epoch());
        assertEquals(List.of(A, C, D), out.stream().map(KeyMessage::to).toList());
        for (KeyMessage m : out) {
            assertFalse(m.toGroup());
            assertEquals(1, Group.epochOf(m.payload()));
        }
        assertFalse(g.readableBy(B).contains(1L));
    }

    /** BACKWARD+FORWARD (0x06): both; the last member's leave still retires its Kg. */
    @Test
    void bothRekeyOnJoinAndLeave() throws GeneralSecurityException {
        Group g = new Group(0x06);
        g.join(A);
        g.join(B);
        assertEquals(2, g.server.epoch());
        assertEquals(List.of(B), g.leave(A).stream().map(KeyMessage::to).toList());
        assertEquals(3, g.server.epoch());
        assertEquals(List.of(), g.leave(B));
        assertEquals(4, g.server.epoch(), "Kg the last leaver held is retired");
        assertTrue(g.server.members().isEmpty());
    }

    @Test
    void rekeyGoesToTheGroupUnderThePreviousKg() throws GeneralSecurityException {
        Group g = new Group(0x01);
        assertEquals(List.of(), g.rekey(), "nothing to send to an empty group");
        assertEquals(1, g.server.epoch());
        g.join(A);
        g.join(B);
        List<KeyMessage> out = g.rekey();
        assertEquals(1, out.size());
        assertTrue(out.get(0).toGroup());
        assertEquals(2, Group.epochOf(out.get(0).payload()));
        assertEquals(new Group.Sent(null, 1, 2), g.log.get(g.log.size() - 1));
    }

    @Test
    void leaveOfAnUnknownOrDepartedMemberIsANoOp() throws GeneralSecurityException {
        Group g = new Group(0x07);
        g.join(A);
        long epoch = g.server.epoch();
        assertEquals(List.of(), g.server.onLeave(STRANGER));
        assertEquals(epoch, g.server.epoch());
        g.leave(A);
        assertEquals(epoch + 1, g.server.epoch());
        assertEquals(List.of(), g.server.onLeave(A), "a second leave (LEAVREQ, then a time-out) does nothing");
        assertEquals(epoch + 1, g.server.epoch());
    }

    @Test
    void reJoinIsAJoin() throws GeneralSecurityException {
        Group g = new Group(0x00);
        g.join(A);
        List<KeyMessage> again = g.server.onJoin(A);
        assertEquals(List.of(A), again.stream().map(KeyMessage::to).toList());
        assertEquals(Set.of(A), g.server.members());
    }

    @Test
    void nullMemberIsRefused() throws GeneralSecurityException {
        KdcServer s = new Group(0x07).server;
        assertThrows(NullPointerException.class, () -> s.onJoin(null));
        assertThrows(NullPointerException.class, () -> s.onLeave(null));
    }

    @Test
    void payloadIsVersionEpochLengthKey() throws GeneralSecurityException {
        Group g = new Group(0x00);
        byte[] p = g.join(A).get(0).payload();
        byte[] kg = g.server.currentKey();
        ByteBuffer expected = ByteBuffer.allocate(11 + 16).put((byte) 1).putLong(0).putShort((short) 16).put(kg);
        assertArrayEquals(expected.array(), p);
    }

    @Test
    void messagesDoNotShareArraysAndKeysAreCopies() throws GeneralSecurityException {
        Group g = new Group(0x02);
        g.join(A);
        g.join(B);
        g.join(C);
        List<KeyMessage> out = g.server.onLeave(A);
        assertNotSame(out.get(0).payload(), out.get(1).payload());
        out.get(0).payload()[12] ^= 1;
        assertEquals(out.get(1).payload()[12], g.server.currentKey()[1]);
        byte[] k = g.server.currentKey();
        k[0] ^= 1;
        assertNotEquals(k[0], g.server.currentKey()[0]);
    }

    @Test
    void toStringShowsNoKeyBytes() throws GeneralSecurityException {
        Group g = new Group(0x03);
        g.join(A);
        assertEquals("KDC server[GK_MECHA=0x03, epoch=0, members=1]", g.server.toString());
        assertNull(new KdcMember(16).currentKey());
        assertEquals("KDC member[epoch=0]", g.members.get(A).toString());
    }
}

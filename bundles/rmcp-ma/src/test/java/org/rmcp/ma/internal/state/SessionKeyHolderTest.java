package org.rmcp.ma.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.ma.internal.state.Fixtures.MAID;
import static org.rmcp.ma.internal.state.Fixtures.SID;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.KeyInfo;
import org.rmcp.codec.KeyMaterial;
import org.rmcp.codec.KeyType;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Octets;

/** Ks from KEYDELIVER (X.603.1 Amd.1 10.1.2, 11.2.9): who may deliver it, how, and generations. */
class SessionKeyHolderTest {
    private static KeyDeliver ks(byte fill) {
        return deliver(NodeType.SM, KeyType.KS, SID, MAID, fill);
    }

    private static KeyDeliver deliver(NodeType issuer, KeyType type, long sid, Maid to, byte fill) {
        byte[] k = new byte[16];
        java.util.Arrays.fill(k, fill);
        return new KeyDeliver(issuer, sid, to, KeyInfo.of(new KeyMaterial(type, Octets.of(k))));
    }

    @Test
    void generationsCountInArrivalOrderAndRepeatsAreDuplicates() {
        SessionKeyHolder h = new SessionKeyHolder(Fixtures.config(NodeType.DMA));
        assertFalse(h.present());
        assertEquals("-", h.fingerprint());
        assertEquals(SessionKeyHolder.Status.ACCEPTED, h.onKeyDeliver(ks((byte) 1), Protection.KTLS).status());
        assertEquals(1, h.epoch());
        String first = h.fingerprint();
        assertEquals(SessionKeyHolder.Status.DUPLICATE, h.onKeyDeliver(ks((byte) 1), Protection.KTLS).status());
        assertEquals(1, h.epoch());
        SessionKeyHolder.Outcome o = h.onKeyDeliver(ks((byte) 2), Protection.KTLS);
        assertEquals(SessionKeyHolder.Status.ACCEPTED, o.status());
        assertEquals(2, o.epoch());
        assertEquals((byte) 2, h.key()[0]);
        assertTrue(!first.equals(h.fingerprint()) && h.fingerprint().length() == 8);
        assertFalse(o.reason().contains("0202"), "no key material in the reason");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
            Arguments.of("RMA", NodeType.RMA, ks((byte) 1), Protection.KTLS),
            Arguments.of("under Ks", NodeType.SMA, ks((byte) 1), Protection.KS),
            Arguments.of("issuer SMA (Kc)", NodeType.DMA, deliver(NodeType.SMA, KeyType.KC, SID, MAID, (byte) 1),
                Protection.KTLS),
            Arguments.of("issuer DMA (Kg)", NodeType.DMA, deliver(NodeType.DMA, KeyType.KG, SID, MAID, (byte) 1),
                Protection.KTLS),
            Arguments.of("other session", NodeType.DMA, deliver(NodeType.SM, KeyType.KS, SID + 1, MAID, (byte) 1),
                Protection.KTLS),
            Arguments.of("other MAID", NodeType.SMA, deliver(NodeType.SM, KeyType.KS, SID,
                Maid.parse("10.0.0.8:1"), (byte) 1), Protection.KTLS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses(String label, NodeType role, KeyDeliver kd, Protection under) {
        SessionKeyHolder h = new SessionKeyHolder(Fixtures.config(role));
        assertEquals(SessionKeyHolder.Status.REFUSED, h.onKeyDeliver(kd, under).status());
        assertFalse(h.present());
        assertEquals(0, h.epoch());
    }
}

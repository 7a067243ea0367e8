package org.rmcp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.codec.Golden.MAID;
import static org.rmcp.codec.Golden.SESSION;

import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The records refuse values the clauses forbid, so an encoder never writes what a decoder refuses. */
class ConstructionTest {
    private static final KeyMaterial KS = new KeyMaterial(KeyType.KS, Golden.fill(16, 1));

    static Map<String, Executable> invalid() {
        return Map.ofEntries(
                Map.entry("PREFER 0", () -> new GkMechCapab(1, 0)),
                Map.entry("GK_MECH_CAPAB PREFER 7", () -> new GkMechCapab(1, 7)),
                Map.entry("EN_DEC_CAPAB PREFER 6", () -> new EnDecCapab(1, 6)),
                Map.entry("AUTH_ALG_CAPAB PREFER 4", () -> new AuthAlgCapab(1, 4)),
                Map.entry("open code 0", () -> new AuthAlg(0)),
                Map.entry("open code 256", () -> new ConEnDecAlg(256)),
                Map.entry("SMA_PROPOSE SM-defined cipher", () -> new SmaPropose(GpAttribute.OPEN, GkMecha.STATIC, 0x11)),
                Map.entry("Auth_result FAILED_CONFIGURATION", () -> AuthAns.of(SecReturnCode.FAILED_CONFIGURATION)),
                Map.entry("Key_Flag 1 without KEY_MATERIAL", () -> new AuthAns(SecReturnCode.OK, 1, null)),
                Map.entry("Key_Flag 0 with KEY_MATERIAL", () -> new AuthAns(SecReturnCode.OK, 0, KS)),
                Map.entry("KEY_INFO Key_Type mismatch", () -> new KeyInfo(KeyType.KG, KS)),
                Map.entry("empty Key_DATA", () -> new KeyMaterial(KeyType.KS, Octets.of())),
                Map.entry("Key_DATA over 2048", () -> new KeyMaterial(KeyType.KS, Golden.fill(2049, 0))),
                Map.entry("ACL digests of two sizes", () -> new AclEntry(Golden.fill(20, 0), Golden.fill(16, 0))),
                Map.entry("ACL digest of 17", () -> new AclEntry(Golden.fill(17, 0), Golden.fill(17, 0))),
                Map.entry("N_ACL mismatch", () -> new AclData(1, List.of())),
                Map.entry("TREE_INFO N_CHILD > MAX_CHILD", () -> new TreeInfo(0, 3, 2)),
                Map.entry("empty MAID_LIST", () -> new MaidList(List.of())),
                Map.entry("MEM_AUTH_DATA pass 4", () -> new MemAuthData(4, Octets.of((byte) 1))),
                Map.entry("empty SERV_USER_ID", () -> new ServUserIdent(Octets.of())),
                Map.entry("MAID reserved bits", () -> new Maid(1)),
                Map.entry("SECLIST from an SMA", () -> new SecList(NodeType.SMA, SESSION, MAID, null, null, null, null, null)),
                Map.entry("SECLIST without GK_MECH", () -> new SecList(NodeType.SM, SESSION, MAID, null,
                        new AuthMech(AuthAttribute.MEMBERSHIP, 1), new ConEnDecAlg(1), new GkEnDecAlg(1), new AuthAlg(1))),
                Map.entry("HRSREQ from an HMA", () -> new HrsReq(NodeType.HMA, SESSION, MAID)),
                Map.entry("SECAGREQ from the SMA without SMA_PROPOSE", () -> new SecAgReq(NodeType.SMA, SESSION, MAID, null,
                        List.of(), List.of(), List.of())),
                Map.entry("SECAGREQ from an RMA with capabilities", () -> new SecAgReq(NodeType.RMA, SESSION, MAID, null,
                        List.of(new GkMechCapab(1, 1)), List.of(), List.of())),
                Map.entry("SECALGREQ asking for nothing", () -> new SecAlgReq(NodeType.DMA, SESSION, MAID, null, null, null,
                        null, null)),
                Map.entry("KEYDELIVER of Ks by the SMA", () -> new KeyDeliver(NodeType.SMA, SESSION, MAID, KeyInfo.of(KS))),
                Map.entry("SUBSREQ SERV_USER_IDENT from a DMA", () -> new SubsReq(NodeType.DMA, SESSION, MAID,
                        new ServUserIdent(Octets.of((byte) 1)))),
                Map.entry("DATA KEY_EPOCH over 32 bits", () -> new Data(NodeType.SMA, SESSION, MAID, 1L << 32, 0,
                        Unpooled.EMPTY_BUFFER)),
                Map.entry("DATA from an RMA", () -> new Data(NodeType.RMA, SESSION, MAID, 0, 0, Unpooled.EMPTY_BUFFER)));
    }

    static List<String> invalidNames() {
        return invalid().keySet().stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidNames")
    void refuses(String name) {
        Executable e = invalid().get(name);
        assertThrows(RuntimeException.class, e);
    }

    @Test
    void encodeRefusesAMessageOverTheMaximum() {
        RmcpCodec small = RmcpCodec.withLimits(0x20, 256);
        assertThrows(IllegalArgumentException.class, () -> small.encodeToBytes(Golden.get("SECLIST").message));
    }

    @Test
    void keyMaterialNeverPrintsKeyData() {
        String s = new KeyDeliver(NodeType.SM, SESSION, MAID, KeyInfo.of(KS)).toString();
        assertTrue(s.contains("16 bytes"), s);
        assertFalse(s.contains("0101010101"), s);
    }

    @Test
    void maidPrintsAndParsesAsAddressAndPort() {
        assertEquals("10.0.0.1:5000", MAID.toString());
        assertEquals(MAID, Maid.parse("10.0.0.1:5000"));
        assertEquals(MAID, Maid.parse("0x0a00000113880000"));
        assertEquals(5000, MAID.port());
        assertThrows(IllegalArgumentException.class, () -> Maid.parse("10.0.0:1"));
        assertThrows(IllegalArgumentException.class, () -> Maid.parse("10.0.0.256:1"));
    }

    @Test
    void gkMechaBitsFollowTable19Words() {
        assertTrue(GkMecha.BACKWARD.onLeave());
        assertFalse(GkMecha.BACKWARD.onJoin());
        assertTrue(GkMecha.FORWARD.onJoin());
        assertTrue(GkMecha.PERIODIC_FORWARD_BACKWARD.periodic());
        assertFalse(GkMecha.STATIC.periodic() || GkMecha.STATIC.onJoin() || GkMecha.STATIC.onLeave());
    }
}

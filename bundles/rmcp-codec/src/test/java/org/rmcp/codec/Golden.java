package org.rmcp.codec;

import static org.rmcp.codec.NodeType.DMA;
import static org.rmcp.codec.NodeType.HMA;
import static org.rmcp.codec.NodeType.RMA;
import static org.rmcp.codec.NodeType.SM;
import static org.rmcp.codec.NodeType.SMA;

import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.api.alg.GkNames;

/**
 * Golden byte vectors, hand-built field by field from the figures of X.603.1 Amd.1 clause 11
 * (Figures 105-131) and, for the basic messages, from our layouts in docs/spec-notes.md. Every
 * header is {@code Ver|NT, Message type, Length, Session ID 0123456789abcdef, MAID 10.0.0.1:5000}.
 */
final class Golden {
    static final long SESSION = 0x0123456789ABCDEFL;
    static final Maid MAID = Maid.of(new byte[] {10, 0, 0, 1}, 5000);
    private static final String S = "0123456789abcdef ";
    private static final String M = "0a000001 1388 0000 ";
    private static final Map<String, Golden> ALL = new LinkedHashMap<>();

    final String name;
    final RmcpMessage message;
    final String hex;

    private Golden(String name, RmcpMessage message, String hex) {
        this.name = name;
        this.message = message;
        this.hex = hex.replace(" ", "");
    }

    byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return name;
    }

    static List<Golden> all() {
        return new ArrayList<>(ALL.values());
    }

    static Golden get(String name) {
        Golden g = ALL.get(name);
        if (g == null) {
            throw new IllegalArgumentException("no golden " + name);
        }
        return g;
    }

    private static void add(String name, RmcpMessage m, String hex) {
        ALL.put(name, new Golden(name, m, hex));
    }

    static Octets fill(int n, int b) {
        byte[] a = new byte[n];
        java.util.Arrays.fill(a, (byte) b);
        return Octets.of(a);
    }

    private static Octets seq(int n) {
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
            a[i] = (byte) i;
        }
        return Octets.of(a);
    }

    static {
        // 11.2.10, Figure 129: no control data, Length shall be 0x14
        add("HRSREQ", new HrsReq(DMA, SESSION, MAID), "45 25 0014 " + S + M);
        // 11.2.6, Figures 113-118
        add("SECLIST", new SecList(SM, SESSION, MAID,
                new GkMech(GpAttribute.OPEN, GkMecha.PERIODIC_FORWARD_BACKWARD, GkNames.LKH),
                new AuthMech(AuthAttribute.MEMBERSHIP, AuthNames.MEM_AUTH),
                new ConEnDecAlg(EnDecIds.AES_128_CBC), new GkEnDecAlg(EnDecIds.AES_128_CTR), new AuthAlg(AuthIds.HMAC_SHA1)),
                "41 22 002c " + S + M
                + "15 08 01 07 05 000000 " // GK_MECH: GP_ATTRIBUTE OPEN, GK_MECHA 0x07, GK_NAME LKH
                + "16 04 01 01 "           // AUTH_MECH: MEMBERSHIP, MEM_AUTH
                + "17 04 01 00 "           // CON_EN_DEC_ALG: AES-128-CBC
                + "18 04 02 00 "           // GK_EN_DEC_ALG: AES-128-CTR
                + "19 04 01 00");          // AUTH_ALG: HMAC-SHA1
        // 11.2.5, Figures 108-112: the SMA proposes and lists its capabilities
        add("SECAGREQ", new SecAgReq(SMA, SESSION, MAID,
                new SmaPropose(GpAttribute.CLOSED, GkMecha.PERIODIC, EnDecIds.AES_128_CBC),
                List.of(new GkMechCapab(GkNames.LKH, 1), new GkMechCapab(GkNames.KDC, 2)),
                List.of(new EnDecCapab(EnDecIds.AES_128_CBC, 1), new EnDecCapab(EnDecIds.SEED, 2)),
                List.of(new AuthAlgCapab(AuthIds.HMAC_SHA1, 1))),
                "42 21 0030 " + S + M
                + "11 08 02 01 01 000000 " // SMA_PROPOSE: CLOSED, PERIODIC, AES-128-CBC
                + "12 04 05 01 12 04 01 02 " // GK_MECH_CAPAB x2
                + "13 04 01 01 13 04 04 02 " // EN_DEC_CAPAB x2
                + "14 04 01 01");           // AUTH_ALG_CAPAB
        add("SECAGREQ_DMA", new SecAgReq(DMA, SESSION, MAID, null, List.of(new GkMechCapab(GkNames.LKH, 1)),
                List.of(), List.of()), "45 21 0018 " + S + M + "12 04 05 01");
        add("SECAGREQ_RMA", new SecAgReq(RMA, SESSION, MAID, null, List.of(), List.of(), List.of()),
                "43 21 0014 " + S + M);
        // 11.2.7, Figures 119-124
        add("SECALGREQ", new SecAlgReq(DMA, SESSION, MAID, new GkMechDeliver(GkNames.LKH),
                new AuthMechDeliver(AuthNames.MEM_AUTH), new ConEnDecDeliver(EnDecIds.AES_128_CBC),
                new GkEnDecDeliver(EnDecIds.AES_128_CTR), new AuthAlgDeliver(AuthIds.HMAC_SHA1)),
                "45 27 0028 " + S + M + "1a 04 05 00 1b 04 01 00 1c 04 01 00 1d 04 02 00 1e 04 01 00");
        // 11.2.8, Figures 125-126
        add("SECAGANS", new SecAgAns(RMA, SESSION, MAID, new SecReturn(SecReturnCode.OK)),
                "43 23 0018 " + S + M + "1f 04 01 00");
        // 11.2.9, Figures 127-128: Ks from the SM, 16 bytes of key data
        add("KEYDELIVER", new KeyDeliver(SM, SESSION, MAID, KeyInfo.of(new KeyMaterial(KeyType.KS, seq(16)))),
                "41 24 002c " + S + M + "20 04 01 00 " + "01 0014 01 000102030405060708090a0b0c0d0e0f");
        // 11.2.11, Figures 130-131: two entries of SHA-1 digests
        add("HRSANS", new HrsAns(SM, SESSION, MAID, new AclList(AclData.of(List.of(
                new AclEntry(fill(20, 0x11), fill(20, 0x22)), new AclEntry(fill(20, 0x33), fill(20, 0x44)))))),
                "41 26 006c " + S + M + "21 02 " + "02 0056 00 0002 " + "11".repeat(20) + "22".repeat(20)
                + "33".repeat(20) + "44".repeat(20));
        add("HRSANS_EMPTY", new HrsAns(SM, SESSION, MAID, new AclList(AclData.of(List.of()))),
                "41 26 001c " + S + M + "21 02 02 0006 00 0000");
        // 11.2.1, Figure 105: SERV_USER_IDENT "user01"
        add("SUBSREQ", new SubsReq(RMA, SESSION, MAID, new ServUserIdent(Octets.of("user01".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)))), "43 02 001e " + S + M + "22 00 000a 757365723031");
        add("SUBSREQ_SMA", new SubsReq(SMA, SESSION, MAID, null), "42 02 0014 " + S + M);
        // 11.2.2 with Table 23 code 0x41; RESULT and MAID_LIST are our layouts
        add("SUBSANS", new SubsAns(SM, SESSION, MAID, new Result(ResultCode.SERV_USER_ID_MISSING), null),
                "41 03 0018 " + S + M + "01 04 41 00");
        add("SUBSANS_LIST", new SubsAns(SM, SESSION, MAID, new Result(ResultCode.OK), new MaidList(List.of(
                Maid.parse("10.0.0.2:5001"), Maid.parse("10.0.0.3:5002")))),
                "41 03 002c " + S + M + "01 04 01 00 " + "04 00 0014 0a000002 1389 0000 0a000003 138a 0000");
        // 11.2.3, Figure 106
        add("RELREQ", new RelReq(RMA, SESSION, MAID, new Auth(AuthNames.MEM_AUTH), null),
                "43 09 0018 " + S + M + "23 04 01 00");
        add("RELREQ_PASS1", new RelReq(RMA, SESSION, MAID, new Auth(AuthNames.MEM_AUTH),
                new MemAuthData(1, Octets.ofHex("aabbccdd"))), "43 09 0020 " + S + M + "23 04 01 00 08 01 0008 aabbccdd");
        // 11.2.4, Figure 107: Kg for an RMA
        add("RELANS", new RelAns(DMA, SESSION, MAID, AuthAns.of(SecReturnCode.OK, new KeyMaterial(KeyType.KG, seq(16))),
                null), "45 0c 002c " + S + M + "24 04 01 01 " + "01 0014 02 000102030405060708090a0b0c0d0e0f");
        add("RELANS_NOKEY", new RelAns(DMA, SESSION, MAID, AuthAns.of(SecReturnCode.ERROR), null),
                "45 0c 0018 " + S + M + "24 04 02 00");
        // basic messages, our layouts (docs/spec-notes.md)
        add("PPROBREQ", new PprobReq(RMA, SESSION, MAID, new Timestamp(0x0000018C2A3B4C5DL), new HashedAuth(fill(20, 0x55))),
                "43 04 0038 " + S + M + "02 0c 0000 0000018c2a3b4c5d " + "06 00 0018 " + "55".repeat(20));
        add("PPROBANS", new PprobAns(DMA, SESSION, MAID, new Timestamp(0x0000018C2A3B4C5DL), new TreeInfo(2, 3, 16), null),
                "45 05 0028 " + S + M + "02 0c 0000 0000018c2a3b4c5d " + "03 08 02 00 0003 0010");
        add("HSOLICIT", new HSolicit(RMA, SESSION, MAID), "43 06 0014 " + S + M);
        add("HANNOUNCE", new HAnnounce(HMA, SESSION, MAID, new McastAddr(Maid.parse("224.1.1.1:8080"))),
                "44 07 0020 " + S + M + "05 0c 0000 e0010101 1f90 0000");
        add("HLEAVE", new HLeave(DMA, SESSION, MAID), "45 08 0014 " + S + M);
        add("STREQ", new StReq(SM, SESSION, MAID), "41 0d 0014 " + S + M);
        add("STANS", new StAns(DMA, SESSION, MAID, new TreeInfo(1, 1, 8), new MaidList(List.of(Maid.parse("10.0.0.9:6000")))),
                "45 0e 0028 " + S + M + "03 08 01 00 0001 0008 " + "04 00 000c 0a000009 1770 0000");
        add("STCOLREQ", new StColReq(SMA, SESSION, MAID), "42 0f 0014 " + S + M);
        add("STCOLANS", new StColAns(RMA, SESSION, MAID, new TreeInfo(3, 0, 0), null),
                "43 10 001c " + S + M + "03 08 03 00 0000 0000");
        add("LEAVREQ", new LeavReq(RMA, SESSION, MAID), "43 11 0014 " + S + M);
        add("LEAVANS", new LeavAns(DMA, SESSION, MAID, new Result(ResultCode.OK)), "45 12 0018 " + S + M + "01 04 01 00");
        add("HB", new Hb(SMA, SESSION, MAID), "42 13 0014 " + S + M);
        add("TERMREQ", new TermReq(SM, SESSION, MAID, new HashedKtls(fill(16, 0x66))),
                "41 14 0028 " + S + M + "07 00 0014 " + "66".repeat(16));
        add("TERMANS", new TermAns(RMA, SESSION, MAID, new Result(ResultCode.OK), null), "43 15 0018 " + S + M + "01 04 01 00");
        // 10.2.7: content under Kc generation 2, sequence number 7
        add("DATA", new Data(SMA, SESSION, MAID, 2, 7, Unpooled.wrappedBuffer(HexFormat.of().parseHex("cafebabe"))),
                "42 16 0024 " + S + M + "00000002 0000000000000007 cafebabe");
        // docs/spec-notes.md 2.7: our SECMODULE, base "https://sm/r", two offer lines (the codec does not parse them)
        add("SECMODULE", new SecModule(SM, SESSION, MAID, "https://sm/r", List.of("type=EN_DEC;code=4", "type=AUTH;code=1")),
                "41 28 0049 " + S + M + "000c " + ascii("https://sm/r") + " 02 0012 " + ascii("type=EN_DEC;code=4")
                + " 0010 " + ascii("type=AUTH;code=1"));
    }

    /** @return the hex of an ASCII string, for the text fields of SECMODULE */
    private static String ascii(String s) {
        return HexFormat.of().formatHex(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}

package org.rmcp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rmcp.codec.RmcpProtocolException.Reason.BAD_CODE;
import static org.rmcp.codec.RmcpProtocolException.Reason.BAD_LENGTH;
import static org.rmcp.codec.RmcpProtocolException.Reason.BAD_VALUE;
import static org.rmcp.codec.RmcpProtocolException.Reason.DUPLICATE_CONTROL;
import static org.rmcp.codec.RmcpProtocolException.Reason.MISSING_CONTROL;
import static org.rmcp.codec.RmcpProtocolException.Reason.NOT_ALLOWED;
import static org.rmcp.codec.RmcpProtocolException.Reason.RESERVED_NOT_ZERO;
import static org.rmcp.codec.RmcpProtocolException.Reason.TOO_LONG;
import static org.rmcp.codec.RmcpProtocolException.Reason.TRUNCATED;
import static org.rmcp.codec.RmcpProtocolException.Reason.UNKNOWN_CONTROL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * One malformed case per length, code and reserved field of every message: each asserts the
 * exception type, the field named, the reason and the byte offset (X.603.1 Amd.1 clauses 11-12;
 * our layouts in docs/spec-notes.md). Offsets are from the first header byte; controls start at 20.
 */
class MalformedInputTest {
    record Case(String label, Supplier<byte[]> input, RmcpCodec codec, String message, String field, Reason reason,
            int offset) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void set(String golden, int at, String hex, String message, String field, Reason reason, int offset) {
        CASES.add(new Case(golden + " " + field + " <- " + hex + " @" + at,
                () -> Mutation.set(Golden.get(golden).bytes(), at, hex), RmcpCodec.DEFAULT, message, field, reason, offset));
    }

    /** A single-byte or multi-byte edit whose error is reported at the edited offset. */
    private static void set(String golden, int at, String hex, String field, Reason reason) {
        set(golden, at, hex, golden.split("_")[0], field, reason, at);
    }

    private static void raw(String label, Supplier<byte[]> input, String message, String field, Reason reason, int offset) {
        CASES.add(new Case(label, input, RmcpCodec.DEFAULT, message, field, reason, offset));
    }

    static {
        // ---- common header, 11.1 ----
        set("HRSREQ", 0, "35", "?", "Ver", BAD_CODE, 0);
        set("HRSREQ", 0, "46", "?", "NT", BAD_CODE, 0);
        set("HRSREQ", 0, "40", "?", "NT", BAD_CODE, 0);
        set("HRSREQ", 0, "43", "HRSREQ", "NT", NOT_ALLOWED, 0);
        set("HRSREQ", 1, "01", "?", "Message type", BAD_CODE, 1);
        set("HRSREQ", 1, "20", "?", "Message type", BAD_CODE, 1);
        set("HRSREQ", 2, "0013", "HRSREQ", "Length", BAD_LENGTH, 2);
        set("HRSREQ", 2, "0015", "HRSREQ", "Length", TRUNCATED, 2);
        set("SECLIST", 2, "002b", "SECLIST", "Length", BAD_LENGTH, 2);
        set("HRSREQ", 18, "0001", "HRSREQ", "MAID", RESERVED_NOT_ZERO, 18);
        raw("empty input", () -> new byte[0], "?", "Ver", TRUNCATED, 0);
        raw("three bytes", () -> java.util.Arrays.copyOf(Golden.get("HRSREQ").bytes(), 3), "HRSREQ", "Length", TRUNCATED, 2);
        raw("header cut at 10", () -> java.util.Arrays.copyOf(Golden.get("HRSREQ").bytes(), 10), "HRSREQ", "Length",
                TRUNCATED, 2);
        raw("header Length fixed but cut at 12", () -> Mutation.truncate(Golden.get("HRSREQ").bytes(), 12), "HRSREQ",
                "Length", BAD_LENGTH, 2);
        CASES.add(new Case("SECLIST over a 40-byte maximum", () -> Golden.get("SECLIST").bytes(),
                RmcpCodec.withLimits(40, 256), "SECLIST", "Length", TOO_LONG, 2));
        // ---- control framing, 11.2 ----
        set("SECLIST", 20, "30", "SECLIST", "Control type", UNKNOWN_CONTROL, 20);
        set("SECLIST", 20, "00", "SECLIST", "Control type", UNKNOWN_CONTROL, 20);
        raw("SECLIST with SEC_RETURN", () -> Mutation.append(Golden.get("SECLIST").bytes(), "1f040100"), "SECLIST",
                "SEC_RETURN", NOT_ALLOWED, 44);
        raw("SECLIST with AUTH_ALG twice", () -> Mutation.append(Golden.get("SECLIST").bytes(), "19040100"), "SECLIST",
                "AUTH_ALG", DUPLICATE_CONTROL, 44);
        raw("SECLIST without AUTH_ALG", () -> Mutation.truncate(Golden.get("SECLIST").bytes(), 40), "SECLIST", "AUTH_ALG",
                MISSING_CONTROL, 40);
        raw("SECLIST cut inside AUTH_ALG", () -> Mutation.truncate(Golden.get("SECLIST").bytes(), 42), "SECLIST",
                "AUTH_ALG.Length", TRUNCATED, 41);
        raw("HSOLICIT with RESULT", () -> Mutation.append(Golden.get("HSOLICIT").bytes(), "01040100"), "HSOLICIT",
                "RESULT", NOT_ALLOWED, 20);
        // ---- SECLIST controls, 11.2.6 ----
        set("SECLIST", 21, "04", "GK_MECH.Length", BAD_LENGTH);
        set("SECLIST", 22, "03", "GK_MECH.GP_ATTRIBUTE", BAD_CODE);
        set("SECLIST", 23, "08", "GK_MECH.GK_MECHA", BAD_CODE);
        set("SECLIST", 24, "00", "GK_MECH.GK_NAME", BAD_CODE);
        set("SECLIST", 25, "01", "GK_MECH.Reserved", RESERVED_NOT_ZERO);
        set("SECLIST", 26, "01", "GK_MECH.Reserved", RESERVED_NOT_ZERO);
        set("SECLIST", 29, "08", "AUTH_MECH.Length", BAD_LENGTH);
        set("SECLIST", 30, "02", "AUTH_MECH.AUTH_ATTRIBUTE", BAD_CODE);
        set("SECLIST", 31, "00", "AUTH_MECH.AUTH_NAME", BAD_CODE);
        set("SECLIST", 33, "05", "CON_EN_DEC_ALG.Length", BAD_LENGTH);
        set("SECLIST", 34, "00", "CON_EN_DEC_ALG.CON_EN_DEC_ID", BAD_CODE);
        set("SECLIST", 35, "ff", "CON_EN_DEC_ALG.Reserved", RESERVED_NOT_ZERO);
        set("SECLIST", 37, "03", "GK_EN_DEC_ALG.Length", BAD_LENGTH);
        set("SECLIST", 38, "00", "GK_EN_DEC_ALG.GK_EN_DEC_ID", BAD_CODE);
        set("SECLIST", 39, "01", "GK_EN_DEC_ALG.Reserved", RESERVED_NOT_ZERO);
        set("SECLIST", 41, "02", "AUTH_ALG.Length", BAD_LENGTH);
        set("SECLIST", 42, "00", "AUTH_ALG.AUTH_ID", BAD_CODE);
        set("SECLIST", 43, "01", "AUTH_ALG.Reserved", RESERVED_NOT_ZERO);
        // ---- SECAGREQ controls, 11.2.5 ----
        set("SECAGREQ", 21, "04", "SMA_PROPOSE.Length", BAD_LENGTH);
        set("SECAGREQ", 22, "00", "SMA_PROPOSE.GP_ATTRIBUTE", BAD_CODE);
        set("SECAGREQ", 23, "09", "SMA_PROPOSE.GK_MECHA", BAD_CODE);
        set("SECAGREQ", 24, "11", "SMA_PROPOSE.CON_EN_DEC_ID", BAD_CODE);
        set("SECAGREQ", 24, "00", "SMA_PROPOSE.CON_EN_DEC_ID", BAD_CODE);
        set("SECAGREQ", 25, "01", "SMA_PROPOSE.Reserved", RESERVED_NOT_ZERO);
        set("SECAGREQ", 27, "01", "SECAGREQ", "SMA_PROPOSE.Reserved", RESERVED_NOT_ZERO, 26);
        set("SECAGREQ", 29, "08", "GK_MECH_CAPAB.Length", BAD_LENGTH);
        set("SECAGREQ", 30, "00", "GK_MECH_CAPAB.GK_NAME", BAD_CODE);
        set("SECAGREQ", 31, "07", "GK_MECH_CAPAB.PREFER", BAD_VALUE);
        set("SECAGREQ", 31, "00", "GK_MECH_CAPAB.PREFER", BAD_VALUE);
        set("SECAGREQ", 37, "03", "EN_DEC_CAPAB.Length", BAD_LENGTH);
        set("SECAGREQ", 38, "00", "EN_DEC_CAPAB.EN_DEC_ID", BAD_CODE);
        set("SECAGREQ", 39, "06", "EN_DEC_CAPAB.PREFER", BAD_VALUE);
        set("SECAGREQ", 45, "05", "AUTH_ALG_CAPAB.Length", BAD_LENGTH);
        set("SECAGREQ", 46, "00", "AUTH_ALG_CAPAB.AUTH_ID", BAD_CODE);
        set("SECAGREQ", 47, "04", "AUTH_ALG_CAPAB.PREFER", BAD_VALUE);
        set("SECAGREQ", 0, "45", "SECAGREQ", "SMA_PROPOSE", NOT_ALLOWED, 20);
        set("SECAGREQ_RMA", 0, "42", "SECAGREQ", "SMA_PROPOSE", MISSING_CONTROL, 20);
        set("SECAGREQ_DMA", 0, "43", "SECAGREQ", "GK_MECH_CAPAB", NOT_ALLOWED, 20);
        // ---- SECALGREQ controls, 11.2.7 ----
        String[] delivers = {"GK_MECH_DELIVER.GK_NAME", "AUTH_MECH_DELIVER.AUTH_NAME", "CON_EN_DEC_DELIVER.CON_EN_DEC_ID",
            "GK_EN_DEC_DELIVER.GK_EN_DEC_ID", "AUTH_ALG_DELIVER.AUTH_ID"};
        for (int i = 0; i < delivers.length; i++) {
            String control = delivers[i].substring(0, delivers[i].indexOf('.'));
            set("SECALGREQ", 21 + 4 * i, "08", control + ".Length", BAD_LENGTH);
            set("SECALGREQ", 22 + 4 * i, "00", delivers[i], BAD_CODE);
            set("SECALGREQ", 23 + 4 * i, "01", control + ".Reserved", RESERVED_NOT_ZERO);
        }
        raw("SECALGREQ asking for nothing", () -> Mutation.truncate(Golden.get("SECALGREQ").bytes(), 20), "SECALGREQ",
                "*_DELIVER", MISSING_CONTROL, 20);
        // ---- SECAGANS, 11.2.8 ----
        set("SECAGANS", 21, "08", "SEC_RETURN.Length", BAD_LENGTH);
        set("SECAGANS", 22, "05", "SEC_RETURN.SEC_RETURN", BAD_CODE);
        set("SECAGANS", 22, "00", "SEC_RETURN.SEC_RETURN", BAD_CODE);
        set("SECAGANS", 23, "01", "SEC_RETURN.Reserved", RESERVED_NOT_ZERO);
        raw("SECAGANS without SEC_RETURN", () -> Mutation.truncate(Golden.get("SECAGANS").bytes(), 20), "SECAGANS",
                "SEC_RETURN", MISSING_CONTROL, 20);
        // ---- KEYDELIVER, 11.2.9 ----
        set("KEYDELIVER", 21, "08", "KEY_INFO.Length", BAD_LENGTH);
        set("KEYDELIVER", 22, "04", "KEY_INFO.Key_Type", BAD_CODE);
        set("KEYDELIVER", 23, "01", "KEY_INFO.Reserved", RESERVED_NOT_ZERO);
        set("KEYDELIVER", 24, "02", "KEY_INFO.KEY_MATERIAL.Sub-control type", BAD_CODE);
        set("KEYDELIVER", 24, "03", "KEY_INFO.KEY_MATERIAL.Sub-control type", BAD_CODE);
        set("KEYDELIVER", 25, "0805", "KEY_INFO.KEY_MATERIAL.Length", BAD_LENGTH);
        set("KEYDELIVER", 25, "0004", "KEY_INFO.KEY_MATERIAL.Length", BAD_LENGTH);
        set("KEYDELIVER", 25, "0015", "KEY_INFO.KEY_MATERIAL.Length", TRUNCATED);
        set("KEYDELIVER", 27, "02", "KEY_INFO.KEY_MATERIAL.Key_Type", BAD_VALUE);
        set("KEYDELIVER", 27, "09", "KEY_INFO.KEY_MATERIAL.Key_Type", BAD_CODE);
        set("KEYDELIVER", 0, "42", "KEYDELIVER", "KEY_INFO.Key_Type", NOT_ALLOWED, 22);
        raw("KEYDELIVER cut after KEY_INFO", () -> Mutation.truncate(Golden.get("KEYDELIVER").bytes(), 24), "KEYDELIVER",
                "KEY_INFO.KEY_MATERIAL.Sub-control type", TRUNCATED, 24);
        // ---- HRSREQ / HRSANS, 11.2.10-11 ----
        raw("HRSREQ with control data", () -> Mutation.append(Golden.get("HRSREQ").bytes(), "1f040100"), "HRSREQ",
                "Length", BAD_LENGTH, 2);
        set("HRSANS", 21, "03", "ACL_LIST.Length", BAD_LENGTH);
        set("HRSANS", 22, "01", "ACL_LIST.ACL_DATA.Sub-control type", BAD_CODE);
        set("HRSANS", 23, "0055", "HRSANS", "ACL_LIST.ACL_DATA.N_ACL", BAD_LENGTH, 26);
        set("HRSANS", 23, "0005", "ACL_LIST.ACL_DATA.Length", BAD_LENGTH);
        set("HRSANS", 23, "0057", "ACL_LIST.ACL_DATA.Length", TRUNCATED);
        set("HRSANS", 25, "01", "ACL_LIST.ACL_DATA.Reserved", RESERVED_NOT_ZERO);
        set("HRSANS", 26, "0003", "ACL_LIST.ACL_DATA.N_ACL", BAD_LENGTH);
        set("HRSANS", 26, "0004", "ACL_LIST.ACL_DATA.N_ACL", BAD_LENGTH);
        set("HRSANS_EMPTY", 26, "0001", "ACL_LIST.ACL_DATA.N_ACL", BAD_LENGTH);
        raw("HRSANS without ACL_LIST", () -> Mutation.truncate(Golden.get("HRSANS").bytes(), 20), "HRSANS", "ACL_LIST",
                MISSING_CONTROL, 20);
        // ---- SUBSREQ / SUBSANS, 11.2.1-2 ----
        set("SUBSREQ", 21, "01", "SERV_USER_IDENT.Reserved", RESERVED_NOT_ZERO);
        set("SUBSREQ", 22, "0004", "SERV_USER_IDENT.Length", BAD_LENGTH);
        set("SUBSREQ", 22, "000b", "SERV_USER_IDENT.Length", TRUNCATED);
        set("SUBSREQ", 0, "42", "SUBSREQ", "SERV_USER_IDENT", NOT_ALLOWED, 20);
        CASES.add(new Case("SUBSREQ SERV_USER_ID over a 5-byte maximum", () -> Golden.get("SUBSREQ").bytes(),
                RmcpCodec.withLimits(0xFFFF, 5), "SUBSREQ", "SERV_USER_IDENT.Length", BAD_LENGTH, 22));
        set("SUBSANS", 21, "02", "RESULT.Length", BAD_LENGTH);
        set("SUBSANS", 22, "43", "RESULT.RESULT_CODE", BAD_CODE);
        set("SUBSANS", 23, "01", "RESULT.Reserved", RESERVED_NOT_ZERO);
        set("SUBSANS_LIST", 25, "01", "SUBSANS", "MAID_LIST.Reserved", RESERVED_NOT_ZERO, 25);
        set("SUBSANS_LIST", 26, "0013", "SUBSANS", "MAID_LIST.Length", BAD_LENGTH, 26);
        set("SUBSANS_LIST", 26, "0004", "SUBSANS", "MAID_LIST.Length", BAD_LENGTH, 26);
        set("SUBSANS_LIST", 35, "01", "SUBSANS", "MAID_LIST.MAID[0]", RESERVED_NOT_ZERO, 34);
        raw("SUBSANS without RESULT", () -> Mutation.truncate(Golden.get("SUBSANS").bytes(), 20), "SUBSANS", "RESULT",
                MISSING_CONTROL, 20);
        // ---- RELREQ / RELANS, 11.2.3-4 ----
        set("RELREQ", 21, "05", "AUTH.Length", BAD_LENGTH);
        set("RELREQ", 22, "00", "AUTH.AUTH_NAME", BAD_CODE);
        set("RELREQ", 23, "01", "AUTH.Reserved", RESERVED_NOT_ZERO);
        raw("RELREQ without AUTH", () -> Mutation.truncate(Golden.get("RELREQ").bytes(), 20), "RELREQ", "AUTH",
                MISSING_CONTROL, 20);
        set("RELREQ_PASS1", 25, "04", "RELREQ", "MEM_AUTH_DATA.PASS", BAD_VALUE, 25);
        set("RELREQ_PASS1", 26, "0004", "RELREQ", "MEM_AUTH_DATA.Length", BAD_LENGTH, 26);
        set("RELANS", 21, "06", "AUTH_ANS.Length", BAD_LENGTH);
        set("RELANS", 22, "04", "AUTH_ANS.Auth_result", BAD_CODE);
        set("RELANS", 22, "05", "AUTH_ANS.Auth_result", BAD_CODE);
        set("RELANS", 23, "02", "AUTH_ANS.Key_Flag", BAD_VALUE);
        set("RELANS", 23, "00", "RELANS", "RESULT", NOT_ALLOWED, 24);
        set("RELANS", 25, "0805", "AUTH_ANS.KEY_MATERIAL.Length", BAD_LENGTH);
        set("RELANS", 27, "00", "AUTH_ANS.KEY_MATERIAL.Key_Type", BAD_CODE);
        set("RELANS_NOKEY", 23, "01", "RELANS", "AUTH_ANS.KEY_MATERIAL.Sub-control type", TRUNCATED, 24);
        // ---- basic messages, our layouts ----
        set("PPROBREQ", 21, "0b", "TIMESTAMP.Length", BAD_LENGTH);
        set("PPROBREQ", 22, "0100", "TIMESTAMP.Reserved", RESERVED_NOT_ZERO);
        set("PPROBREQ", 33, "01", "HASHED_AUTH.Reserved", RESERVED_NOT_ZERO);
        set("PPROBREQ", 34, "0045", "HASHED_AUTH.Length", BAD_LENGTH);
        set("PPROBREQ", 34, "0004", "HASHED_AUTH.Length", BAD_LENGTH);
        set("PPROBANS", 33, "07", "TREE_INFO.Length", BAD_LENGTH);
        set("PPROBANS", 35, "01", "TREE_INFO.Reserved", RESERVED_NOT_ZERO);
        set("PPROBANS", 36, "0011", "TREE_INFO.N_CHILD", BAD_VALUE);
        raw("PPROBANS without TREE_INFO", () -> Mutation.truncate(Golden.get("PPROBANS").bytes(), 32), "PPROBANS",
                "TREE_INFO", MISSING_CONTROL, 32);
        set("HANNOUNCE", 21, "08", "MCAST_ADDR.Length", BAD_LENGTH);
        set("HANNOUNCE", 22, "0001", "MCAST_ADDR.Reserved", RESERVED_NOT_ZERO);
        set("HANNOUNCE", 31, "01", "HANNOUNCE", "MCAST_ADDR.GROUP", RESERVED_NOT_ZERO, 30);
        set("HANNOUNCE", 0, "43", "HANNOUNCE", "NT", NOT_ALLOWED, 0);
        set("STANS", 21, "09", "TREE_INFO.Length", BAD_LENGTH);
        set("STANS", 29, "01", "MAID_LIST.Reserved", RESERVED_NOT_ZERO);
        set("TERMREQ", 21, "01", "HASHED_KTLS.Reserved", RESERVED_NOT_ZERO);
        set("TERMREQ", 22, "0004", "HASHED_KTLS.Length", BAD_LENGTH);
        set("TERMANS", 22, "00", "RESULT.RESULT_CODE", BAD_CODE);
        set("LEAVANS", 22, "40", "RESULT.RESULT_CODE", BAD_CODE);
        raw("DATA cut inside SEQ_NO", () -> Mutation.truncate(Golden.get("DATA").bytes(), 25), "DATA", "SEQ_NO",
                TRUNCATED, 24);
        set("DATA", 0, "43", "DATA", "NT", NOT_ALLOWED, 0);
        // ---- SECMODULE, our layout (docs/spec-notes.md 2.7): BASE_LENGTH 20, BASE 22, N_OFFER 34, OFFER_LENGTH 35/55 ----
        set("SECMODULE", 0, "42", "NT", NOT_ALLOWED);
        set("SECMODULE", 0, "45", "NT", NOT_ALLOWED);
        set("SECMODULE", 20, "0000", "BASE_LENGTH", BAD_LENGTH);
        set("SECMODULE", 20, "0401", "BASE_LENGTH", BAD_LENGTH);
        set("SECMODULE", 20, "00ff", "BASE_LENGTH", TRUNCATED);
        set("SECMODULE", 26, "78", "SECMODULE", "BASE", BAD_VALUE, 22);
        set("SECMODULE", 30, "ff", "SECMODULE", "BASE", BAD_VALUE, 22);
        set("SECMODULE", 34, "00", "N_OFFER", BAD_VALUE);
        set("SECMODULE", 34, "06", "N_OFFER", BAD_VALUE);
        set("SECMODULE", 34, "03", "SECMODULE", "OFFER_LENGTH", TRUNCATED, 73);
        set("SECMODULE", 34, "01", "SECMODULE", "Length", BAD_LENGTH, 2);
        set("SECMODULE", 35, "0000", "OFFER_LENGTH", BAD_LENGTH);
        set("SECMODULE", 35, "0401", "OFFER_LENGTH", BAD_LENGTH);
        set("SECMODULE", 55, "0013", "OFFER_LENGTH", TRUNCATED);
        set("SECMODULE", 40, "0a", "SECMODULE", "OFFER", BAD_VALUE, 37);
        set("SECMODULE", 60, "c3", "SECMODULE", "OFFER", BAD_VALUE, 57);
        raw("SECMODULE cut before N_OFFER", () -> Mutation.truncate(Golden.get("SECMODULE").bytes(), 34), "SECMODULE",
                "N_OFFER", TRUNCATED, 34);
    }

    static List<Case> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithTheTypedErrorNamingTheField(Case c) {
        RmcpProtocolException e = assertThrows(RmcpProtocolException.class, () -> c.codec().decode(c.input().get()));
        assertEquals(c.field(), e.field(), e::getMessage);
        assertEquals(c.reason(), e.reason(), e::getMessage);
        assertEquals(c.message(), e.messageName(), e::getMessage);
        assertEquals(c.offset(), e.offset(), e::getMessage);
    }
}

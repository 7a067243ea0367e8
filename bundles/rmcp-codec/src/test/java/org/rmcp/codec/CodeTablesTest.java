package org.rmcp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The closed code tables of X.603.1 Amd.1 clause 12 as printed, and nothing else, for every 8-bit code. */
class CodeTablesTest {
    static Stream<Arguments> tables() {
        return Stream.of(
                table("Table 12 NT", NodeType::fromCode, Map.of(1, "SM", 2, "SMA", 3, "RMA", 4, "HMA", 5, "DMA")),
                table("Table 13 Message type", MessageType::fromCode, Map.ofEntries(
                        Map.entry(0x02, "SUBSREQ"), Map.entry(0x09, "RELREQ"), Map.entry(0x0C, "RELANS"),
                        Map.entry(0x21, "SECAGREQ"), Map.entry(0x22, "SECLIST"), Map.entry(0x27, "SECALGREQ"),
                        Map.entry(0x23, "SECAGANS"), Map.entry(0x24, "KEYDELIVER"), Map.entry(0x25, "HRSREQ"),
                        Map.entry(0x26, "HRSANS"),
                        // our basic codes, docs/spec-notes.md 2.2
                        Map.entry(0x03, "SUBSANS"), Map.entry(0x04, "PPROBREQ"), Map.entry(0x05, "PPROBANS"),
                        Map.entry(0x06, "HSOLICIT"), Map.entry(0x07, "HANNOUNCE"), Map.entry(0x08, "HLEAVE"),
                        Map.entry(0x0D, "STREQ"), Map.entry(0x0E, "STANS"), Map.entry(0x0F, "STCOLREQ"),
                        Map.entry(0x10, "STCOLANS"), Map.entry(0x11, "LEAVREQ"), Map.entry(0x12, "LEAVANS"),
                        Map.entry(0x13, "HB"), Map.entry(0x14, "TERMREQ"), Map.entry(0x15, "TERMANS"),
                        Map.entry(0x16, "DATA"), Map.entry(0x28, "SECMODULE"))),
                table("Table 14 Control type", ControlType::fromCode, Map.ofEntries(
                        Map.entry(0x22, "SERV_USER_IDENT"), Map.entry(0x23, "AUTH"), Map.entry(0x24, "AUTH_ANS"),
                        Map.entry(0x11, "SMA_PROPOSE"), Map.entry(0x12, "GK_MECH_CAPAB"), Map.entry(0x13, "EN_DEC_CAPAB"),
                        Map.entry(0x14, "AUTH_ALG_CAPAB"), Map.entry(0x15, "GK_MECH"), Map.entry(0x16, "AUTH_MECH"),
                        Map.entry(0x17, "CON_EN_DEC_ALG"), Map.entry(0x18, "GK_EN_DEC_ALG"), Map.entry(0x19, "AUTH_ALG"),
                        Map.entry(0x1A, "GK_MECH_DELIVER"), Map.entry(0x1B, "AUTH_MECH_DELIVER"),
                        Map.entry(0x1C, "CON_EN_DEC_DELIVER"), Map.entry(0x1D, "GK_EN_DEC_DELIVER"),
                        Map.entry(0x1E, "AUTH_ALG_DELIVER"), Map.entry(0x1F, "SEC_RETURN"), Map.entry(0x20, "KEY_INFO"),
                        Map.entry(0x21, "ACL_LIST"),
                        // our basic controls, docs/spec-notes.md 2.3
                        Map.entry(0x01, "RESULT"), Map.entry(0x02, "TIMESTAMP"), Map.entry(0x03, "TREE_INFO"),
                        Map.entry(0x04, "MAID_LIST"), Map.entry(0x05, "MCAST_ADDR"), Map.entry(0x06, "HASHED_AUTH"),
                        Map.entry(0x07, "HASHED_KTLS"), Map.entry(0x08, "MEM_AUTH_DATA"))),
                table("Table 15 Sub-control type", SubControlType::fromCode, Map.of(1, "KEY_MATERIAL", 2, "ACL_DATA")),
                table("Table 18 GP_ATTRIBUTE", GpAttribute::fromCode, Map.of(1, "OPEN", 2, "CLOSED")),
                table("Table 19 GK_MECHA", GkMecha::fromCode, Map.of(0, "STATIC", 1, "PERIODIC", 2, "BACKWARD", 4, "FORWARD",
                        3, "PERIODIC_BACKWARD", 5, "PERIODIC_FORWARD", 6, "BACKWARD_FORWARD", 7, "PERIODIC_FORWARD_BACKWARD")),
                table("Table 21 AUTH_ATTRIBUTE", AuthAttribute::fromCode, Map.of(1, "MEMBERSHIP")),
                table("Table 23 + ours RESULT_CODE", ResultCode::fromCode, Map.of(1, "OK", 2, "REJECTED", 3, "NOT_AUTHORIZED",
                        4, "NO_RESOURCES", 0x41, "SERV_USER_ID_MISSING", 0x42, "SERV_USER_ID_NOT_RECOGNIZED")),
                table("Table 24 SEC_RETURN", SecReturnCode::fromCode, Map.of(1, "OK", 2, "ERROR", 3, "RETRANSMISSION_REQ",
                        4, "FAILED_CONFIGURATION")),
                table("Table 25 KEY_TYPE", KeyType::fromCode, Map.of(1, "KS", 2, "KG", 3, "KC")));
    }

    private static Arguments table(String name, IntFunction<? extends Enum<?>> fromCode, Map<Integer, String> expected) {
        return Arguments.of(name, fromCode, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void fromCodeKnowsExactlyTheTable(String name, IntFunction<? extends Enum<?>> fromCode, Map<Integer, String> expected) {
        for (int code = 0; code < 256; code++) {
            String want = expected.get(code);
            if (want == null) {
                int c = code;
                RmcpProtocolException e = assertThrows(RmcpProtocolException.class, () -> fromCode.apply(c));
                assertSame(RmcpProtocolException.Reason.BAD_CODE, e.reason());
            } else {
                Enum<?> e = fromCode.apply(code);
                assertEquals(want, e.name());
                assertEquals(code, ((Coded) e).code());
            }
        }
        assertEquals(expected.size(), fromCode.apply(expected.keySet().iterator().next()).getDeclaringClass()
                .getEnumConstants().length, "no entries beyond the table");
    }
}

package org.rmcp.codec.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.codec.GoldenAccess;

/** {@code rmcp decode} / {@code rmcp encode} through {@link CodecCli#run}. */
class CodecCliTest {
    /** Result of one run: exit status, standard output, standard error. */
    record Run(int status, String out, String err) {
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CodecCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> goldens() {
        return GoldenAccess.hexByName().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void decodeOutputPipedIntoEncodeGivesTheSameBytes(String name, String hex) {
        Run decoded = run("", "decode", hex);
        assertEquals(0, decoded.status(), decoded.err());
        assertTrue(decoded.out().startsWith("message="), decoded.out());
        Run encoded = run(decoded.out(), "encode");
        assertEquals(0, encoded.status(), encoded.err());
        assertEquals(hex, encoded.out().strip());
    }

    @Test
    void decodePrintsOneFieldPerLineWithCodeNames() {
        List<String> lines = run("", "decode", GoldenAccess.hexByName().get("SECLIST")).out().lines().toList();
        assertEquals("message=SECLIST", lines.get(0));
        assertTrue(lines.contains("NODE_TYPE=0x01 (SM)"), lines::toString);
        assertTrue(lines.contains("LENGTH=0x002c (44)"), lines::toString);
        assertTrue(lines.contains("SESSION_ID=0x0123456789abcdef"), lines::toString);
        assertTrue(lines.contains("MAID=10.0.0.1:5000"), lines::toString);
        assertTrue(lines.contains("GK_MECH.GK_MECHA=0x07 (PERIODIC_FORWARD_BACKWARD)"), lines::toString);
        assertTrue(lines.contains("GK_MECH.GK_NAME=0x05 (LKH)"), lines::toString);
        assertTrue(lines.contains("CON_EN_DEC_ALG.CON_EN_DEC_ID=0x01 (AES_128_CBC)"), lines::toString);
        assertTrue(lines.contains("AUTH_ALG.AUTH_ID=0x01 (HMAC_SHA1)"), lines::toString);
    }

    @Test
    void repeatedControlsAreIndexed() {
        String out = run("", "decode", GoldenAccess.hexByName().get("SECAGREQ")).out();
        assertTrue(out.contains("EN_DEC_CAPAB[1].EN_DEC_ID=0x04 (SEED)\n"), out);
        assertTrue(out.contains("EN_DEC_CAPAB[1].PREFER=2\n"), out);
    }

    @Test
    void badInputPrintsTheTypedErrorAndExits1() {
        String hex = GoldenAccess.hexByName().get("SECLIST");
        Run r = run("", "decode", hex.substring(0, 42) + "04" + hex.substring(44));
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("RmcpProtocolException: SECLIST: GK_MECH.Length at offset 21"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void notHexExits1() {
        assertEquals(1, run("", "decode", "zz").status());
        assertEquals(1, run("", "decode", "abc").status());
    }

    @Test
    void usageExits2() {
        assertEquals(2, run("").status());
        assertEquals(2, run("", "frobnicate").status());
    }

    @Test
    void encodeAcceptsNamesAndPlainNumbers() {
        String in = String.join("\n", "message=HRSREQ", "NODE_TYPE=DMA", "SESSION_ID=0x0123456789abcdef",
                "MAID=10.0.0.1:5000", "");
        Run r = run(in, "encode");
        assertEquals(0, r.status(), r.err());
        assertEquals(GoldenAccess.hexByName().get("HRSREQ"), r.out().strip());
        Run named = run(String.join("\n", "message=SECAGANS", "NODE_TYPE=3", "SESSION_ID=1", "MAID=0x0a00000113880000",
                "SEC_RETURN.SEC_RETURN=OK"), "encode");
        assertEquals(0, named.status(), named.err());
        assertEquals("432300180000000000000001" + "0a00000113880000" + "1f040100", named.out().strip());
    }

    @Test
    void encodeRefusesBadFieldLinesWithExit1() {
        String header = "NODE_TYPE=DMA\nSESSION_ID=1\nMAID=10.0.0.1:5000\n";
        String[][] cases = {
            {"NODE_TYPE=DMA\n", "first line must be message"},
            {"message=HRSREQ\n" + header + "BOGUS=1\n", "has no field BOGUS"},
            {"message=HRSREQ\n" + header + "LENGTH=0x0015\n", "LENGTH 21"},
            {"message=HRSREQ\nNODE_TYPE=RMA\nSESSION_ID=1\nMAID=10.0.0.1:5000\n", "may not be issued by RMA"},
            {"message=SECAGANS\n" + header, "missing SEC_RETURN"},
            {"message=SECAGANS\n" + header + "SEC_RETURN.SEC_RETURN=0x09\n", "code 0x09"},
            {"message=HRSREQ\n" + header + "NODE_TYPE=SM\n", "given twice"},
            {"message=NOPE\n", "NOPE"},
        };
        for (String[] c : cases) {
            Run r = run(c[0], "encode");
            assertEquals(1, r.status(), c[0]);
            assertTrue(r.err().contains(c[1]), () -> c[0] + " -> " + r.err());
        }
    }
}

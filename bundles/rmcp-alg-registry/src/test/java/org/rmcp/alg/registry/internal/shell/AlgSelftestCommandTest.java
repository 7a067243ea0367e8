package org.rmcp.alg.registry.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.alg.registry.internal.Fakes.algorithm;
import static org.rmcp.api.AlgorithmType.AUTH;
import static org.rmcp.api.AlgorithmType.EN_DEC;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rmcp.alg.registry.internal.Fakes;

/** {@code rmcp:alg-selftest}: one row per algorithm, a summary last, failure made visible. */
class AlgSelftestCommandTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AlgSelftestCommand command = new AlgSelftestCommand();

    AlgSelftestCommandTest() {
        command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        command.noFormat = true;
        command.registry = Fakes.registry(
            algorithm(EN_DEC, 0x01, "AES-128-CBC", false, null),
            algorithm(AUTH, 0x03, "MD5", true, "RFC 1321 vector 3 mismatch"));
    }

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\t")).map(String::trim).toList();
    }

    @Test
    void failingAlgorithmIsReportedAndFailsTheCommand() {
        IllegalStateException e = assertThrows(IllegalStateException.class, command::execute);
        assertEquals("1 algorithm self test(s) failed", e.getMessage());
        List<String> lines = lines();
        assertEquals(3, lines.size()); // --no-format: no header row
        assertEquals(List.of("en_dec", "0x01", "AES-128-CBC", "PASS"), cells(lines.get(0)));
        assertEquals(List.of("auth", "0x03", "MD5", "FAIL", "RFC 1321 vector 3 mismatch"), cells(lines.get(1)));
        assertEquals("1 passed, 1 failed", lines.get(lines.size() - 1));
    }

    @Test
    void passingSelectionSucceeds() throws Exception {
        command.type = "en_dec";
        command.code = "0x01";
        command.execute();
        List<String> lines = lines();
        assertEquals(2, lines.size());
        assertEquals("PASS", cells(lines.get(0)).get(3));
        assertEquals("1 passed, 0 failed", lines.get(1));
    }

    @Test
    void typeSelectionSkipsOtherTables() throws Exception {
        command.type = "en_dec";
        command.execute();
        assertEquals("1 passed, 0 failed", lines().get(lines().size() - 1));
    }

    @Test
    void formattedOutputHasHeader() {
        command.noFormat = false;
        assertThrows(IllegalStateException.class, command::execute);
        assertTrue(lines().get(0).matches("Type\\s+\\| Code\\s+\\| Name\\s+\\| Result\\s+\\| Message\\s*"), lines().get(0));
    }

    @Test
    void unknownCodeIsAnError() {
        command.type = "auth";
        command.code = "7";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, command::execute);
        assertEquals("No auth algorithm with code 0x07 installed", e.getMessage());
    }

    @Test
    void badCodeIsAnError() {
        command.type = "auth";
        command.code = "md5";
        assertThrows(IllegalArgumentException.class, command::execute);
    }
}

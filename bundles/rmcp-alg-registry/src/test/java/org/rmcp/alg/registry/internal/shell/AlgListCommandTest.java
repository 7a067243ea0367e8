package org.rmcp.alg.registry.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** {@code rmcp:alg-list} output. */
class AlgListCommandTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AlgListCommand command = new AlgListCommand();

    AlgListCommandTest() {
        command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        command.noFormat = true;
        command.registry = Fakes.registry(
            algorithm(EN_DEC, 0x01, "AES-128-CBC", false, null),
            algorithm(AUTH, 0x03, "MD5", true, null),
            algorithm(EN_DEC, 0x11, "AES-128-GCM", false, null));
    }

    private List<String[]> rows() throws Exception {
        command.execute();
        return bytes.toString(StandardCharsets.UTF_8).lines()
            .map(l -> Arrays.stream(l.split("\t")).map(String::trim).toArray(String[]::new)).toList();
    }

    @Test
    void listsEveryAlgorithmWithWeakFlag() throws Exception {
        List<String[]> rows = rows(); // --no-format: Karaf prints no header row
        assertEquals(3, rows.size());
        assertEquals(List.of("en_dec", "0x01", "AES-128-CBC", "", "org.example.alg", "1.2.3", "mvn:org.example/alg/1.2.3"),
            Arrays.asList(rows.get(0)));
        assertEquals(List.of("en_dec", "0x11", "AES-128-GCM", ""), Arrays.asList(rows.get(1)).subList(0, 4));
        assertEquals(List.of("auth", "0x03", "MD5", "yes"), Arrays.asList(rows.get(2)).subList(0, 4));
    }

    @Test
    void typeOptionFilters() throws Exception {
        command.type = "AUTH";
        List<String[]> rows = rows();
        assertEquals(1, rows.size());
        assertEquals("MD5", rows.get(0)[2]);
    }

    @Test
    void formattedTableHasBordersAndWeakColumn() throws Exception {
        command.noFormat = false;
        command.execute();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().findFirst().orElseThrow().matches("Type\\s+\\| Code\\s+\\| Name\\s+\\| Weak\\s+\\| Bundle.*"),
            text);
        assertTrue(text.lines().anyMatch(l -> l.contains("MD5") && l.contains("yes")));
        assertFalse(text.lines().anyMatch(l -> l.contains("AES-128-CBC") && l.contains("yes")));
    }

    @Test
    void unknownTypeNamesTheAcceptedOnes() {
        command.type = "cipher";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, command::execute);
        assertTrue(e.getMessage().contains("en_dec, auth, gk, mem_auth"), e.getMessage());
    }

    @Test
    void absentRegistryFailsClearly() {
        command.registry = null;
        IllegalStateException e = assertThrows(IllegalStateException.class, command::execute);
        assertTrue(e.getMessage().contains("algorithm registry is not available"), e.getMessage());
    }
}

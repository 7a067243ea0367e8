package org.rmcp.alg.registry.internal.shell.completers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.jupiter.api.Test;

/** Type-name completion. */
class AlgorithmTypeCompleterTest {
    private static CommandLine typed(String argument) {
        return (CommandLine) Proxy.newProxyInstance(AlgorithmTypeCompleterTest.class.getClassLoader(),
            new Class<?>[] {CommandLine.class}, (p, m, args) -> switch (m.getName()) {
                case "getCursorArgument" -> argument;
                case "getArgumentPosition", "getBufferPosition" -> argument.length();
                default -> throw new UnsupportedOperationException(m.getName());
            });
    }

    private static List<String> complete(String argument) {
        List<String> candidates = new ArrayList<>();
        new AlgorithmTypeCompleter().complete(null, typed(argument), candidates);
        return candidates.stream().map(String::trim).sorted().toList();
    }

    @Test
    void completesTypeNames() {
        assertEquals(List.of("auth", "en_dec", "gk", "mem_auth"), complete(""));
        assertEquals(List.of("mem_auth"), complete("m"));
        assertEquals(List.of("en_dec"), complete("EN"));
    }
}

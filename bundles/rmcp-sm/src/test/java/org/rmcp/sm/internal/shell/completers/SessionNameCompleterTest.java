package org.rmcp.sm.internal.shell.completers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.GpAttribute;
import org.rmcp.sm.internal.SessionHarness;

/** Session-name completion. */
class SessionNameCompleterTest {
    private static CommandLine typed(String argument) {
        return (CommandLine) Proxy.newProxyInstance(SessionNameCompleterTest.class.getClassLoader(),
            new Class<?>[] {CommandLine.class}, (p, m, args) -> switch (m.getName()) {
                case "getCursorArgument" -> argument;
                case "getArgumentPosition", "getBufferPosition" -> argument.length();
                default -> throw new UnsupportedOperationException(m.getName());
            });
    }

    @Test
    void completesRunningSessionNames() {
        SessionNameCompleter c = new SessionNameCompleter();
        c.sessions = List.of(new SessionHarness("news", GpAttribute.OPEN).session,
            new SessionHarness("nature", GpAttribute.OPEN).session, new SessionHarness("sport", GpAttribute.OPEN).session);
        List<String> candidates = new ArrayList<>();
        c.complete(null, typed("n"), candidates);
        assertEquals(List.of("nature", "news"), candidates.stream().map(String::trim).sorted().toList());
        candidates.clear();
        c.sessions = null;
        c.complete(null, typed(""), candidates);
        assertEquals(List.of(), candidates);
    }
}

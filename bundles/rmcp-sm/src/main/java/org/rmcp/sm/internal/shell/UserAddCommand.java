package org.rmcp.sm.internal.shell;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.rmcp.codec.GpAttribute;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.internal.shell.completers.SessionNameCompleter;

/**
 * {@code rmcp:user-add <session> <id>}: registers a service user identifier the content provider
 * issued for a closed group (X.603.1 Amd.1 10.1.1.5). The identifier is stored hashed and not echoed.
 */
@Service
@Command(scope = ShellConstants.SCOPE, name = "user-add", description = "Registers a service user identifier for a closed group")
public final class UserAddCommand extends SessionCommandSupport {
    @Argument(index = 0, name = "session", description = "Session name", required = true)
    @Completion(SessionNameCompleter.class)
    String session;

    @Argument(index = 1, name = "id", description = "SERV_USER_ID as text (UTF-8), or hex with --hex (blanks ignored)", required = true)
    String id;

    @Option(name = "--hex", description = "The identifier is hexadecimal bytes")
    boolean hex;

    @Override
    protected Object execute(List<SmSession> sessions, PrintStream out) {
        SmSession s = find(sessions, session);
        byte[] bytes = hex ? HexFormat.of().parseHex(id.replaceAll("\\s", "")) : id.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            throw new IllegalArgumentException("A service user identifier is not empty");
        }
        int added = s.addServiceUsers(List.of(bytes));
        out.println("Session " + s.name() + ": " + (added == 1 ? "identifier registered" : "identifier was already registered")
            + " (" + s.serviceUserCount() + " registered)");
        if (s.configuredGroupAttribute() != GpAttribute.CLOSED) {
            out.println("Note: session " + s.name() + " is configured open; identifiers are checked only in closed groups");
        }
        return null;
    }
}

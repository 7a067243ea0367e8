package org.rmcp.sm.internal.shell;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.internal.shell.completers.SessionNameCompleter;
import org.rmcp.sm.internal.state.ServiceUserRegistry;

/**
 * {@code rmcp:user-import <session> <file>}: registers the service user identifiers of a content
 * provider's file (X.603.1 Amd.1 10.1.1.5): one per line, UTF-8, '#' comments and blank lines skipped.
 */
@Service
@Command(scope = ShellConstants.SCOPE, name = "user-import", description = "Imports service user identifiers from a file")
public final class UserImportCommand extends SessionCommandSupport {
    @Argument(index = 0, name = "session", description = "Session name", required = true)
    @Completion(SessionNameCompleter.class)
    String session;

    @Argument(index = 1, name = "file", description = "One identifier per line", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected Object execute(List<SmSession> sessions, PrintStream out) throws Exception {
        SmSession s = find(sessions, session);
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException("Cannot read " + path.toAbsolutePath());
        }
        List<byte[]> ids;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            ids = ServiceUserRegistry.parseImport(in);
        }
        int added = s.addServiceUsers(ids);
        out.println("Session " + s.name() + ": imported " + added + " new of " + ids.size() + " identifier(s) from "
            + path.getFileName() + " (" + s.serviceUserCount() + " registered)");
        return null;
    }
}

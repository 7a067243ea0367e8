package org.rmcp.sm.internal.shell.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.rmcp.sm.api.SmSession;

/** Completes the names of the running RMCP-2 sessions. */
@Service
public final class SessionNameCompleter implements Completer {
    @Reference(optional = true)
    List<SmSession> sessions;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> names = sessions == null ? List.of() : sessions.stream().map(SmSession::name).sorted().toList();
        return new StringsCompleter(names, true).complete(session, commandLine, candidates);
    }
}

package org.rmcp.alg.registry.internal.shell.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.rmcp.alg.registry.internal.shell.ShellConstants;

/** Completes the four algorithm table names of X.603.1 Amd.1 Table 10: en_dec, auth, gk, mem_auth. */
@Service
public final class AlgorithmTypeCompleter implements Completer {
    private final StringsCompleter delegate = new StringsCompleter(ShellConstants.typeNames(), false);

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return delegate.complete(session, commandLine, candidates);
    }
}

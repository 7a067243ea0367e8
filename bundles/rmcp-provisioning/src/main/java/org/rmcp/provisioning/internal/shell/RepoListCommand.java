package org.rmcp.provisioning.internal.shell;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.rmcp.provisioning.BundleRepository;

/** {@code rmcp:repo-list}: the bundles the SM offers for SECALGREQ (X.603.1 Amd.1 11.2.7). */
@Service
@Command(scope = ShellConstants.SCOPE, name = "repo-list", description = "Lists the SM's algorithm bundle repository")
public final class RepoListCommand extends RepositoryCommandSupport {
    @Option(name = "--no-format", description = "Plain output without table borders")
    boolean noFormat;

    @Override
    protected Object execute(BundleRepository repository, PrintStream out) {
        print(repository.list(), out, !noFormat);
        return null;
    }
}

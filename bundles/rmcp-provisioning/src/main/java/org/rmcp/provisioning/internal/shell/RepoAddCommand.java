package org.rmcp.provisioning.internal.shell;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.rmcp.provisioning.BundleRepository;
import org.rmcp.provisioning.RepositoryBundle;

/** {@code rmcp:repo-add <jar>}: copies a (signed) algorithm bundle into the SM repository and re-indexes. */
@Service
@Command(scope = ShellConstants.SCOPE, name = "repo-add", description = "Adds a bundle jar to the SM's algorithm repository")
public final class RepoAddCommand extends RepositoryCommandSupport {
    @Argument(index = 0, name = "jar", required = true, description = "Path of the bundle jar")
    @Completion(FileCompleter.class)
    String jar;

    @Option(name = "--no-format", description = "Plain output without table borders")
    boolean noFormat;

    @Override
    protected Object execute(BundleRepository repository, PrintStream out) throws Exception {
        Path path = Path.of(jar);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("No such file: " + jar);
        }
        RepositoryBundle added = repository.add(path);
        print(List.of(added), out, !noFormat);
        return null;
    }
}

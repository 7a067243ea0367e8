package org.rmcp.provisioning.internal.shell;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rmcp.provisioning.BundleRepository;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.RepositoryBundle;

/**
 * Base of the {@code rmcp:repo-*} commands: resolves the SM's {@link BundleRepository} and fails
 * with a clear message when it is absent, and prints bundles one row per offered algorithm.
 */
public abstract class RepositoryCommandSupport implements Action {
    @Reference(optional = true)
    BundleRepository repository;

    /** Where output goes; {@code null} means the session's {@code System.out}. */
    PrintStream out;

    @Override
    public final Object execute() throws Exception {
        BundleRepository r = repository;
        if (r == null) {
            throw new IllegalStateException("The RMCP-2 algorithm repository is not available:"
                + " is bundle org.rmcp.provisioning installed and active (SM side)?");
        }
        return execute(r, out == null ? System.out : out);
    }

    /** Runs the command against a present repository. */
    protected abstract Object execute(BundleRepository repository, PrintStream out) throws Exception;

    /** Prints {@code bundles}; a bundle offering no algorithm gets one row with empty type and code. */
    static void print(List<RepositoryBundle> bundles, PrintStream out, boolean format) {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Bundle", "Version", "Type", "Code", "SHA-256", "Size"}) {
            table.column(c);
        }
        table.emptyTableText("The repository is empty");
        for (RepositoryBundle b : bundles) {
            if (b.offers().isEmpty()) {
                table.addRow().addContent(b.bsn(), b.version(), "", "", ShellConstants.shaPrefix(b.sha256()), b.size());
            }
            for (Offer o : b.offers()) {
                table.addRow().addContent(b.bsn(), b.version(), ShellConstants.typeName(o.type()),
                    ShellConstants.hex(o.code()), ShellConstants.shaPrefix(b.sha256()), b.size());
            }
        }
        table.print(out, format);
    }
}

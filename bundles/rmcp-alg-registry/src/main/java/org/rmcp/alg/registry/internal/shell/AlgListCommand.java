package org.rmcp.alg.registry.internal.shell;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rmcp.alg.registry.internal.shell.completers.AlgorithmTypeCompleter;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.AlgorithmType;

/** {@code rmcp:alg-list}: every installed algorithm service of X.603.1 Amd.1 Table 10, weak ones flagged. */
@Service
@Command(scope = ShellConstants.SCOPE, name = "alg-list", description = "Lists installed RMCP-2 algorithms")
public final class AlgListCommand extends AlgorithmCommandSupport {
    @Option(name = "--type", description = "Only this table: en_dec, auth, gk or mem_auth")
    @Completion(AlgorithmTypeCompleter.class)
    String type;

    @Option(name = "--no-format", description = "Plain output without table borders")
    boolean noFormat;

    @Override
    protected Object execute(AlgorithmRegistry registry, PrintStream out) {
        AlgorithmType only = type == null ? null : ShellConstants.parseType(type);
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Type", "Code", "Name", "Weak", "Bundle", "Version", "Origin"}) {
            table.column(c);
        }
        table.emptyTableText("No algorithms installed");
        for (AlgorithmInfo a : registry.list()) {
            if (only == null || a.type() == only) {
                table.addRow().addContent(ShellConstants.typeName(a.type()), ShellConstants.hex(a.code()), a.name(),
                    a.weak() ? "yes" : "", a.bundle(), a.version(), a.origin());
            }
        }
        table.print(out, !noFormat);
        return null;
    }
}

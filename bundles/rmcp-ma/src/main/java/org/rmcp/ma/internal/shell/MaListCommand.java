package org.rmcp.ma.internal.shell;

import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rmcp.ma.internal.component.MaSessionView;

/** {@code rmcp:ma-list}: the sessions this MA container joins (X.603.1 Amd.1 10.1.1-10.1.4), with phase, Ks and agreed policy. */
@Service
@Command(scope = "rmcp", name = "ma-list", description = "Lists the RMCP-2 sessions this multicast agent takes part in")
public final class MaListCommand implements Action {
    @Reference(optional = true)
    List<MaSessionView> sessions;

    @Option(name = "--no-format", description = "Plain output without table borders")
    boolean noFormat;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Name", "Role", "MAID", "SM", "Phase", "Ks", "Policy", "Note"}) {
            table.column(c);
        }
        table.emptyTableText("No MA sessions (add etc/org.rmcp.ma.session-<name>.cfg)");
        List<MaSessionView> all = sessions == null ? List.of() : sessions;
        // a configuration whose component failed to activate shows up as null: its error is in the log
        all.stream().filter(java.util.Objects::nonNull).map(MaSessionView::status).sorted(Comparator.comparing(MaSessionView.Status::name))
            .forEach(s -> table.addRow().addContent(s.name(), s.role(), s.maid(), s.sm(), s.phase(), s.ks(), s.policy(),
                s.note()));
        table.print(System.out, !noFormat);
        return null;
    }
}

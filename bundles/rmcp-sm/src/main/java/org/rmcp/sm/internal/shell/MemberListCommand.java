package org.rmcp.sm.internal.shell;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rmcp.sm.api.MemberInfo;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.internal.shell.completers.SessionNameCompleter;

/** {@code rmcp:member-list <session>}: the member table (X.603.1 Amd.1 10.1.1): MAID, type, state, KTLS fingerprint. */
@Service
@Command(scope = ShellConstants.SCOPE, name = "member-list", description = "Lists the members of an RMCP-2 session")
public final class MemberListCommand extends SessionCommandSupport {
    @Argument(index = 0, name = "session", description = "Session name", required = true)
    @Completion(SessionNameCompleter.class)
    String session;

    @Option(name = "--all", description = "Include evicted members")
    boolean all;

    @Option(name = "--no-format", description = "Plain output without table borders")
    boolean noFormat;

    @Override
    protected Object execute(List<SmSession> sessions, PrintStream out) {
        SmSession s = find(sessions, session);
        ShellTable table = new ShellTable();
        for (String c : new String[] {"MAID", "Type", "State", "KTLS", "Link", "Since"}) {
            table.column(c);
        }
        table.emptyTableText("No members");
        for (MemberInfo m : s.members()) {
            if (all || m.state() != MemberState.EVICTED) {
                table.addRow().addContent(m.maid(), ShellConstants.nodeType(m.nodeType()), ShellConstants.word(m.state()),
                    m.link().ktlsFingerprint(), m.link().id(), m.since());
            }
        }
        table.print(out, !noFormat);
        return null;
    }
}

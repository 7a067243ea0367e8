package org.rmcp.sm.internal.shell;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rmcp.codec.NodeType;
import org.rmcp.sm.api.MemberInfo;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.SecurityPolicy;
import org.rmcp.sm.api.SessionKey;
import org.rmcp.sm.api.SmSession;

/** {@code rmcp:session-list}: every session of this SM (X.603.1 Amd.1 10.1) with phase, members and Ks fingerprint. */
@Service
@Command(scope = ShellConstants.SCOPE, name = "session-list", description = "Lists the RMCP-2 sessions of this Session Manager")
public final class SessionListCommand extends SessionCommandSupport {
    @Option(name = "--no-format", description = "Plain output without table borders")
    boolean noFormat;

    @Override
    protected Object execute(List<SmSession> all, PrintStream out) {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Name", "Session ID", "Group", "Phase", "Members", "Ks epoch", "Ks", "Listen", "Note"}) {
            table.column(c);
        }
        table.emptyTableText("No sessions (create one with rmcp:session-create)");
        for (SmSession s : all.stream().sorted(Comparator.comparing(SmSession::name)).toList()) {
            SessionKey ks = s.sessionKey();
            String group = ShellConstants.word(s.policy().map(SecurityPolicy::gpAttribute).orElse(s.configuredGroupAttribute()));
            table.addRow().addContent(s.name(), ShellConstants.sessionId(s.sessionId()), group,
                ShellConstants.word(s.phase()), members(s.members()), ks.epoch(), ks.fingerprint(),
                s.transport().tlsMode() + " " + s.transport().host() + ":" + s.transport().port(), s.failure().orElse(""));
        }
        table.print(out, !noFormat);
        return null;
    }

    /** @return e.g. {@code 1 SMA, 2 DMA, 5 RMA} over active members */
    static String members(List<MemberInfo> members) {
        return count(members, NodeType.SMA) + " SMA, " + count(members, NodeType.DMA) + " DMA, "
            + count(members, NodeType.RMA) + " RMA";
    }

    private static long count(List<MemberInfo> members, NodeType type) {
        return members.stream().filter(m -> m.nodeType() == type && m.state() != MemberState.EVICTED).count();
    }
}

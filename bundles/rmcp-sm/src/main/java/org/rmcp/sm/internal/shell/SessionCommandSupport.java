package org.rmcp.sm.internal.shell;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.rmcp.sm.api.SmSession;

/**
 * Base of the commands that act on running sessions: resolves them and fails clearly when the
 * named one does not exist, listing those that do.
 */
public abstract class SessionCommandSupport implements Action {
    @Reference(optional = true)
    List<SmSession> sessions;

    /** Where output goes; {@code null} means the session's {@code System.out}. */
    PrintStream out;

    @Override
    public final Object execute() throws Exception {
        return execute(sessions == null ? List.of() : sessions, out == null ? System.out : out);
    }

    /** Runs the command against the sessions now registered. */
    protected abstract Object execute(List<SmSession> all, PrintStream out) throws Exception;

    /**
     * @return the session called {@code name}
     * @throws IllegalArgumentException naming the known sessions
     */
    protected static SmSession find(List<SmSession> all, String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
            "No RMCP-2 session '" + name + "'; running: " + all.stream().map(SmSession::name).sorted().toList()
                + " (create one with rmcp:session-create)"));
    }
}

package org.rmcp.sm.internal.shell;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.rmcp.codec.NodeType;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.SessionKey;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.internal.shell.completers.SessionNameCompleter;

/**
 * {@code rmcp:key-rotate <session>}: replaces Ks by a fresh random key and delivers it to the SMA
 * and every DMA (X.603.1 Amd.1 10.1.2.1, "an abnormal situation"). Prints the fingerprint only.
 */
@Service
@Command(scope = ShellConstants.SCOPE, name = "key-rotate", description = "Replaces a session's key Ks by a fresh random key")
public final class KeyRotateCommand extends SessionCommandSupport {
    @Argument(index = 0, name = "session", description = "Session name", required = true)
    @Completion(SessionNameCompleter.class)
    String session;

    @Override
    protected Object execute(List<SmSession> sessions, PrintStream out) {
        SmSession s = find(sessions, session);
        SessionKey ks = s.rotateKey("operator request (rmcp:key-rotate)");
        long holders = s.members().stream().filter(m -> m.state() != MemberState.EVICTED
            && (m.nodeType() == NodeType.SMA || m.nodeType() == NodeType.DMA)).count();
        out.println("Session " + s.name() + ": Ks rotated to epoch " + ks.epoch() + " (fingerprint " + ks.fingerprint()
            + "), KEYDELIVER to " + holders + " SMA/DMA member(s)");
        return null;
    }
}

package org.rmcp.alg.registry.internal.shell;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.rmcp.api.AlgorithmRegistry;

/**
 * Base of the {@code rmcp:alg-*} commands: resolves the {@link AlgorithmRegistry} and fails
 * with a clear message when it is absent, instead of the command vanishing from the shell.
 */
public abstract class AlgorithmCommandSupport implements Action {
    @Reference(optional = true)
    AlgorithmRegistry registry;

    /** Where output goes; {@code null} means the session's {@code System.out}. */
    PrintStream out;

    @Override
    public final Object execute() throws Exception {
        AlgorithmRegistry r = registry;
        if (r == null) {
            throw new IllegalStateException("The RMCP-2 algorithm registry is not available:"
                + " is bundle org.rmcp.alg.registry installed and active?");
        }
        return execute(r, out == null ? System.out : out);
    }

    /** Runs the command against a present registry. */
    protected abstract Object execute(AlgorithmRegistry registry, PrintStream out) throws Exception;
}

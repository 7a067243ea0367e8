package org.rmcp.alg.registry.internal.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rmcp.alg.registry.internal.shell.completers.AlgorithmTypeCompleter;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.AlgorithmType;
import org.rmcp.spi.SecurityAlgorithm;

/**
 * {@code rmcp:alg-selftest [type] [code]}: runs the known-answer self tests of the algorithms in
 * use (the best-ranked service per code), one row each; fails the command if any test failed.
 */
@Service
@Command(scope = ShellConstants.SCOPE, name = "alg-selftest", description = "Runs RMCP-2 algorithm self tests")
public final class AlgSelftestCommand extends AlgorithmCommandSupport {
    @Argument(index = 0, name = "type", description = "en_dec, auth, gk or mem_auth (default: all)")
    @Completion(AlgorithmTypeCompleter.class)
    String type;

    @Argument(index = 1, name = "code", description = "Code, e.g. 0x01 (default: all of the type)")
    String code;

    @Option(name = "--no-format", description = "Plain output without table borders")
    boolean noFormat;

    @Override
    protected Object execute(AlgorithmRegistry registry, PrintStream out) {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Type", "Code", "Name", "Result", "Message"}) {
            table.column(c);
        }
        table.emptyTableText("No algorithms installed");
        int passed = 0;
        int failed = 0;
        for (Target t : targets(registry)) {
            String error = run(t.algorithm());
            table.addRow().addContent(ShellConstants.typeName(t.type()), ShellConstants.hex(t.code()),
                t.algorithm().name(), error == null ? "PASS" : "FAIL", error == null ? "" : error);
            if (error == null) {
                passed++;
            } else {
                failed++;
            }
        }
        table.print(out, !noFormat);
        out.println(passed + " passed, " + failed + " failed");
        if (failed > 0) {
            throw new IllegalStateException(failed + " algorithm self test(s) failed");
        }
        return null;
    }

    private record Target(AlgorithmType type, int code, SecurityAlgorithm algorithm) {
    }

    private List<Target> targets(AlgorithmRegistry registry) {
        List<AlgorithmType> types = type == null ? List.of(AlgorithmType.values()) : List.of(ShellConstants.parseType(type));
        List<Target> targets = new ArrayList<>();
        for (AlgorithmType t : types) {
            if (code != null) {
                int c = ShellConstants.parseCode(code);
                SecurityAlgorithm a = registry.find(t, c).orElseThrow(() -> new IllegalArgumentException(
                    "No " + ShellConstants.typeName(t) + " algorithm with code " + ShellConstants.hex(c) + " installed"));
                targets.add(new Target(t, c, a));
            } else {
                for (int c : registry.codes(t)) {
                    registry.find(t, c).ifPresent(a -> targets.add(new Target(t, c, a)));
                }
            }
        }
        return targets;
    }

    /** @return {@code null} on success, else what failed */
    private static String run(SecurityAlgorithm algorithm) {
        try {
            algorithm.selfTest();
            return null;
        } catch (Exception | LinkageError e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}

package org.rmcp.node.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rmcp.api.NodeInfo;

/** {@code rmcp:node-info}: this container's name, role and whether its role feature is in. */
@Service
@Command(scope = ShellConstants.SCOPE, name = "node-info", description = "Shows this container's RMCP-2 role")
public final class NodeInfoCommand implements Action {
    @Reference
    NodeInfo node;

    @Option(name = "--no-format", description = "Plain output without table borders")
    boolean noFormat;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Name");
        table.column("Role");
        table.column("Role feature");
        table.addRow().addContent(node.name(), node.role(),
            node.role().featureName() + (node.roleFeatureInstalled() ? " (installed)" : " (not installed)"));
        table.print(System.out, !noFormat);
        return null;
    }
}

package org.rmcp.node.internal.shell;

/** Scope shared by every RMCP-2 Karaf command. */
final class ShellConstants {
    static final String SCOPE = "rmcp";

    private ShellConstants() {
    }
}

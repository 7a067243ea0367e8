package org.rmcp.sm.internal.shell;

import java.util.Locale;
import org.rmcp.codec.NodeType;

/** Scope and formats shared by the {@code rmcp:session-*}, {@code rmcp:member-*}, {@code rmcp:key-*} and {@code rmcp:user-*} commands. */
public final class ShellConstants {
    /** Scope shared by every RMCP-2 Karaf command. */
    public static final String SCOPE = "rmcp";

    private ShellConstants() {
    }

    /** @return {@code id} as 16 hex digits with {@code 0x} */
    public static String sessionId(long id) {
        return String.format("0x%016X", id);
    }

    /** @return a lower-case word for a Table 12 node type or any enum constant */
    public static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** @return a node type as the spec writes it (SMA, DMA, RMA) */
    public static String nodeType(NodeType type) {
        return type.name();
    }
}

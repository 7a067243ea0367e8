package org.rmcp.alg.registry.internal.shell;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.rmcp.api.AlgorithmType;

/** Scope, type names and code format shared by the {@code rmcp:alg-*} commands and completers. */
public final class ShellConstants {
    /** Scope shared by every RMCP-2 Karaf command. */
    public static final String SCOPE = "rmcp";

    private ShellConstants() {
    }

    /** @return the names operators type for the four tables: en_dec, auth, gk, mem_auth */
    public static List<String> typeNames() {
        return Stream.of(AlgorithmType.values()).map(ShellConstants::typeName).toList();
    }

    /** @return the shell name of {@code type}, e.g. {@code en_dec} */
    public static String typeName(AlgorithmType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name a shell type name, any case
     * @throws IllegalArgumentException naming the accepted values
     */
    public static AlgorithmType parseType(String name) {
        for (AlgorithmType t : AlgorithmType.values()) {
            if (typeName(t).equalsIgnoreCase(name.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown algorithm type '" + name + "', expected one of " + typeNames());
    }

    /**
     * @param code decimal or {@code 0x} hexadecimal
     * @throws IllegalArgumentException if it is not a non-negative number
     */
    public static int parseCode(String code) {
        try {
            int v = Integer.decode(code.trim());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Not an algorithm code: '" + code + "' (use e.g. 0x01 or 1)");
    }

    /** @return {@code code} as the tables print it, e.g. {@code 0x01} */
    public static String hex(int code) {
        return String.format("0x%02X", code);
    }
}

package org.rmcp.provisioning.internal.shell;

import java.util.Locale;
import org.rmcp.api.AlgorithmType;

/** Scope and formats shared by the {@code rmcp:repo-*} commands (as {@code rmcp:alg-list} prints them). */
public final class ShellConstants {
    /** Scope shared by every RMCP-2 Karaf command. */
    public static final String SCOPE = "rmcp";

    /** Hex digits of a SHA-256 shown; a fingerprint, not the whole digest. */
    static final int SHA_PREFIX = 16;

    private ShellConstants() {
    }

    /** @return the shell name of {@code type}, e.g. {@code en_dec} */
    public static String typeName(AlgorithmType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** @return {@code code} as the tables print it, e.g. {@code 0x04} */
    public static String hex(int code) {
        return String.format("0x%02X", code);
    }

    /** @return the first {@value #SHA_PREFIX} hex digits */
    public static String shaPrefix(String sha256) {
        return sha256.length() <= SHA_PREFIX ? sha256 : sha256.substring(0, SHA_PREFIX);
    }
}

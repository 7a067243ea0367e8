package org.rmcp.codec;

import java.util.Objects;

/** Construction-time checks shared by the message and control records. */
final class Checks {
    private Checks() {
    }

    /** An open-table code (Tables 16, 17, 20, 22): 0x01-0xFF. */
    static int open(String field, int v) {
        return range(field, v, 1, 0xFF);
    }

    static int range(String field, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(field + " " + v + " outside " + min + "-" + max);
        }
        return v;
    }

    static long range(String field, long v, long min, long max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(field + " " + v + " outside " + min + "-" + max);
        }
        return v;
    }

    static <T> T present(String field, T v) {
        return Objects.requireNonNull(v, field);
    }

    static Octets length(String field, Octets v, int min, int max) {
        present(field, v);
        range(field + " length", v.length(), min, max);
        return v;
    }

    /** Header checks every message record makes: issuer allowed (11.1, 11.2), MAID present. */
    static void header(MessageType type, NodeType nodeType, Maid maid) {
        present("nodeType", nodeType);
        present("maid", maid);
        if (!type.issuers().contains(nodeType)) {
            throw new IllegalArgumentException(type + " may not be issued by " + nodeType + " (" + type.clause() + ")");
        }
    }
}

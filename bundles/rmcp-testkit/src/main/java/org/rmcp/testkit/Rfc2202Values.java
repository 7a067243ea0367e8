package org.rmcp.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rmcp.testkit.VectorReader;

/** Reads RFC 2202 values as the RFC writes them: {@code 0x..}, {@code "text"}, {@code 0xNN repeated N times}. */
public final class Rfc2202Values {
    private static final Pattern REPEATED = Pattern.compile("0x([0-9a-fA-F]{2}) repeated (\\d+) times");

    private Rfc2202Values() {
    }

    /** @return the bytes of field {@code name}, checked against {@code <name>_len} when the record has it */
    public static byte[] bytes(VectorReader.Vector v, String name) {
        byte[] b = parse(v.get(name));
        if (v.has(name + "_len") && Integer.parseInt(v.get(name + "_len")) != b.length) {
            throw new IllegalStateException(v + ": " + name + " has " + b.length + " bytes, " + name + "_len says " + v.get(name + "_len"));
        }
        return b;
    }

    public static byte[] parse(String value) {
        Matcher m = REPEATED.matcher(value);
        if (m.matches()) {
            byte[] b = new byte[Integer.parseInt(m.group(2))];
            Arrays.fill(b, (byte) Integer.parseInt(m.group(1), 16));
            return b;
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).getBytes(StandardCharsets.US_ASCII);
        }
        if (value.startsWith("0x")) {
            return HexFormat.of().parseHex(value.substring(2));
        }
        throw new IllegalStateException("not an RFC 2202 value: " + value);
    }
}

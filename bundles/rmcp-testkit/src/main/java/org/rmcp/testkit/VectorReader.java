package org.rmcp.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads known-answer vector files in the NIST CAVP "response" shape: {@code #} comment lines
 * (the first must cite the source), {@code [SECTION]} headers, and records of
 * {@code NAME = value} lines separated by blank lines. Each record also carries the current
 * section under the key {@code "section"} and its first line number under {@code "line"}.
 *
 * <p>Vector files live under {@code src/test/resources/vectors/<source>/<file>}.
 */
public final class VectorReader {
    private VectorReader() {
    }

    /** One record: field names are kept as written (case-sensitive). */
    public record Vector(String source, Map<String, String> fields) {
        /** @return the value of {@code name}, failing clearly if the record lacks it */
        public String get(String name) {
            String v = fields.get(name);
            if (v == null) {
                throw new IllegalArgumentException(source + " line " + fields.get("line") + ": no field " + name);
            }
            return v;
        }

        /** @return the hex field {@code name} as bytes (an empty value is an empty array) */
        public byte[] hex(String name) {
            return HexFormat.of().parseHex(get(name).replace(" ", ""));
        }

        /** @return whether the record has {@code name} */
        public boolean has(String name) {
            return fields.containsKey(name);
        }

        @Override
        public String toString() {
            return source + ":" + fields.get("line") + (fields.containsKey("COUNT") ? " COUNT=" + fields.get("COUNT") : "");
        }
    }

    /**
     * Reads a vector file from the class path of {@code anchor}.
     *
     * @param resource e.g. {@code /vectors/sp800-38a/cbc-aes128.txt}
     * @throws IllegalStateException if the file is missing, empty, or its first line is no citation
     */
    public static List<Vector> read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vector file not found: " + resource);
            }
            return parse(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Vector> parse(String source, InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Vector> out = new ArrayList<>();
        Map<String, String> cur = null;
        String section = "";
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            String t = line.strip();
            if (no == 1 && !t.startsWith("#")) {
                throw new IllegalStateException(source + ": first line must be a '#' comment citing the vectors' origin");
            }
            if (t.startsWith("#")) {
                continue;
            }
            if (t.isEmpty()) {
                cur = flush(source, out, cur);
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                cur = flush(source, out, cur);
                section = t.substring(1, t.length() - 1);
                continue;
            }
            int eq = t.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException(source + " line " + no + ": expected NAME = value");
            }
            if (cur == null) {
                cur = new LinkedHashMap<>();
                cur.put("section", section);
                cur.put("line", Integer.toString(no));
            }
            cur.put(t.substring(0, eq).strip(), t.substring(eq + 1).strip());
        }
        flush(source, out, cur);
        if (out.isEmpty()) {
            throw new IllegalStateException(source + ": no vectors");
        }
        return List.copyOf(out);
    }

    private static Map<String, String> flush(String source, List<Vector> out, Map<String, String> cur) {
        if (cur != null) {
            out.add(new Vector(source, Map.copyOf(cur)));
        }
        return null;
    }
}

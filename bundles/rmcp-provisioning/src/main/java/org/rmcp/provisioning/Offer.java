package org.rmcp.provisioning;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.rmcp.api.AlgorithmType;

/**
 * What the SM tells an MA to fetch for one missing module of SECALGREQ (X.603.1 Amd.1 11.2.7):
 * one algorithm bundle of its repository. The Recommendation leaves delivery out of scope; this
 * record is our choice of answer, carried over the protected SM-MA channel.
 *
 * @param bsn Bundle-SymbolicName
 * @param version Bundle-Version, OSGi syntax
 * @param type the algorithm table of the requested code (Table 10)
 * @param code the requested code (EN_DEC_ID, AUTH_ID, GK_NAME or AUTH_NAME), 0-255
 * @param sha256 SHA-256 of the jar, 64 lower-case hex digits
 * @param path where the jar lies relative to the repository base, {@code bundles/<file>.jar}
 * @param size the jar's length in bytes, positive
 * @since 1.0
 */
public record Offer(String bsn, String version, AlgorithmType type, int code, String sha256, String path,
        long size) {
    private static final Pattern BSN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}");
    private static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}(\\.\\d{1,9}(\\.[A-Za-z0-9_-]+)?)?)?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> KEYS = Set.of("bsn", "version", "type", "code", "sha256", "path", "size");
    private static final Pattern PATH = Pattern.compile("bundles/[A-Za-z0-9_][A-Za-z0-9_.-]{0,200}\\.jar");

    /**
     * Checks every field, so an offer read from the wire cannot name a path outside the
     * repository or a malformed digest.
     *
     * @throws IllegalArgumentException naming the bad field
     */
    public Offer {
        Objects.requireNonNull(type, "type");
        check(bsn != null && BSN.matcher(bsn).matches(), "bsn", bsn);
        check(version != null && VERSION.matcher(version).matches(), "version", version);
        check(code >= 0 && code <= 0xFF, "code", code);
        sha256 = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
        check(sha256 != null && SHA256.matcher(sha256).matches(), "sha256", sha256);
        check(path != null && PATH.matcher(path).matches(), "path", path);
        check(size > 0, "size", size);
    }

    /** @return the single-line form {@link #parse} reads: {@code bsn=..;version=..;type=..;...} */
    public String toText() {
        return "bsn=" + bsn + ";version=" + version + ";type=" + type.name() + ";code=" + code + ";sha256=" + sha256
            + ";path=" + path + ";size=" + size;
    }

    /**
     * Reads the form {@link #toText()} writes; every key exactly once, no others.
     *
     * @throws IllegalArgumentException if {@code text} is malformed
     */
    public static Offer parse(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String part : Objects.requireNonNull(text, "text").split(";", -1)) {
            int eq = part.indexOf('=');
            check(eq > 0 && f.put(part.substring(0, eq), part.substring(eq + 1)) == null, "offer", text);
        }
        check(f.keySet().equals(KEYS), "offer keys", f.keySet());
        try {
            return new Offer(f.get("bsn"), f.get("version"), AlgorithmType.valueOf(f.get("type")),
                Integer.parseInt(f.get("code")), f.get("sha256"), f.get("path"), Long.parseLong(f.get("size")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Malformed offer number in: " + text, e);
        }
    }

    private static void check(boolean ok, String field, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("Malformed offer field " + field + ": " + value);
        }
    }
}

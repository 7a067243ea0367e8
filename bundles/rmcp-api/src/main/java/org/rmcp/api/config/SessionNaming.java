package org.rmcp.api.config;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * How the SM's and the MAs' session configurations (ConfigAdmin factory configurations, one
 * {@code .cfg} each) name a session and its 64-bit Session ID (X.603.1 clause 7.1.1), so that an
 * SM session and the MA sessions that join it agree without more configuration than a name.
 *
 * @since 1.0
 */
public final class SessionNaming {
    private SessionNaming() {
    }

    /**
     * @param text {@code 0x}-hex or unsigned decimal; empty means "derived from the name"
     * @param name the session name
     * @return the Session ID; a derived one is the first 8 bytes of SHA-256 of the UTF-8 name
     * @throws IllegalArgumentException if {@code text} is neither form
     */
    public static long sessionId(String text, String name) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.isEmpty()) {
                return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)))
                    .getLong();
            }
            return t.startsWith("0x") || t.startsWith("0X") ? Long.parseUnsignedLong(t.substring(2), 16)
                : Long.parseUnsignedLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sessionId must be 0x-hex or decimal, 64 bits: '" + text + "'", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * @param configured the configuration's own {@code name} attribute, may be blank
     * @param props the component properties ({@code service.pid}, {@code felix.fileinstall.filename})
     * @param factoryPid the factory PID, e.g. {@code org.rmcp.sm.session}
     * @return {@code configured}, else the name of a named factory configuration
     *     ({@code factoryPid~NAME}), else of its {@code factoryPid-NAME.cfg} file, else the PID
     */
    public static String instanceName(String configured, Map<String, Object> props, String factoryPid) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String pid = String.valueOf(props.getOrDefault("service.pid", factoryPid));
        int tilde = pid.indexOf('~');
        if (tilde >= 0) {
            return pid.substring(tilde + 1);
        }
        Object file = props.get("felix.fileinstall.filename");
        String prefix = factoryPid + "-";
        if (file != null) {
            String f = file.toString();
            f = f.substring(f.lastIndexOf('/') + 1);
            if (f.startsWith(prefix) && f.endsWith(".cfg")) {
                return f.substring(prefix.length(), f.length() - 4);
            }
        }
        return pid;
    }
}

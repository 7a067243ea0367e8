package org.rmcp.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A session's TLS_PSK credentials (X.603.1 Amd.1 10.1.1.1, RFC 4279) read from its
 * {@code pskFile}. Our choice of format: UTF-8 lines, {@code #} comments; {@code identity = hex key}
 * per MA, or a bare hex key for the session's configured {@code pskIdentity}. Keys are held in
 * memory only and never logged; lookups answer from memory (network thread, RFC 4279 5.3 sizes).
 * The SM loads one as its {@link PskStore}; an MA takes its own key from one.
 *
 * @since 1.1
 */
public final class PskFile implements PskStore {
    private final Map<String, byte[]> keys;

    private PskFile(Map<String, byte[]> keys) {
        this.keys = keys;
    }

    /**
     * @param file the credential file
     * @param defaultIdentity the identity of bare key lines
     * @return the store
     * @throws IOException if unreadable, empty, or a line is malformed (the message names the line, not the key)
     */
    public static PskFile load(Path file, String defaultIdentity) throws IOException {
        Map<String, byte[]> keys = new HashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int eq = t.indexOf('=');
            String identity = eq < 0 ? defaultIdentity : t.substring(0, eq).strip();
            String hex = eq < 0 ? t : t.substring(eq + 1).strip();
            byte[] key;
            try {
                key = HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " line " + n + ": the key is not hex");
            }
            int idLength = identity == null ? 0 : identity.getBytes(StandardCharsets.UTF_8).length;
            if (idLength == 0 || idLength > TlsConfig.MAX_PSK_IDENTITY_LENGTH) {
                throw new IOException(file + " line " + n + ": identity must be 1-128 UTF-8 bytes");
            }
            if (key.length < TlsConfig.MIN_PSK_LENGTH) {
                throw new IOException(file + " line " + n + ": key shorter than " + TlsConfig.MIN_PSK_LENGTH + " bytes");
            }
            if (keys.put(identity, key) != null) {
                throw new IOException(file + " line " + n + ": identity '" + identity + "' given twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IOException(file + " holds no PSK");
        }
        return new PskFile(Map.copyOf(keys));
    }

    @Override
    public byte[] lookup(String identity) {
        byte[] key = keys.get(identity);
        return key == null ? null : key.clone();
    }

    /** @return how many identities the file admits */
    public int size() {
        return keys.size();
    }
}

package org.rmcp.sm.internal.state;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Service user identifiers a content provider registered for a closed group (X.603.1 Amd.1
 * 10.1.1.5). Held only as SHA-256(salt || id), so the identifiers are not kept in the clear at
 * rest; the salt is per registry. Not thread-safe (guarded by the session's lock).
 */
public final class ServiceUserRegistry {
    private static final HexFormat HEX = HexFormat.of();
    private final byte[] salt;
    private final Set<String> digests = new HashSet<>();

    /**
     * @param salt per-registry salt (at least 16 bytes)
     * @param digests hex digests already registered (from {@link #digests()})
     */
    public ServiceUserRegistry(byte[] salt, Collection<String> digests) {
        if (salt.length < 16) {
            throw new IllegalArgumentException("salt must be at least 16 bytes");
        }
        this.salt = salt.clone();
        for (String d : digests) {
            this.digests.add(d.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** @return an empty registry with a fresh salt from {@code random} */
    public static ServiceUserRegistry create(RandomBytes random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new ServiceUserRegistry(salt, List.of());
    }

    /** @return whether {@code id} was added */
    public boolean add(byte[] id) {
        if (id.length == 0) {
            throw new IllegalArgumentException("a service user identifier is not empty");
        }
        return digests.add(digest(id));
    }

    /** @return whether an identical identifier is registered (10.1.1.5) */
    public boolean contains(byte[] id) {
        return digests.contains(digest(id));
    }

    /** @return how many identifiers are registered */
    public int size() {
        return digests.size();
    }

    /** @return the salt, for persisting */
    public byte[] salt() {
        return salt.clone();
    }

    /** @return the hex digests, for persisting */
    public Set<String> digests() {
        return Set.copyOf(digests);
    }

    /**
     * Reads an import file: one identifier per line (UTF-8), surrounding blanks trimmed, empty
     * lines and lines starting with '#' skipped.
     *
     * @return the identifiers, in file order
     */
    public static List<byte[]> parseImport(BufferedReader in) throws IOException {
        List<byte[]> ids = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                ids.add(t.getBytes(StandardCharsets.UTF_8));
            }
        }
        return ids;
    }

    private String digest(byte[] id) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            return HEX.formatHex(md.digest(id));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}

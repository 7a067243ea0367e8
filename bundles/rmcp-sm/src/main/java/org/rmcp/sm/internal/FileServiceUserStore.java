package org.rmcp.sm.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.rmcp.sm.internal.state.RandomBytes;
import org.rmcp.sm.internal.state.ServiceUserRegistry;

/**
 * Keeps a session's service user registry (X.603.1 Amd.1 10.1.1.5) in a text file: a comment,
 * {@code salt <hex>}, then one SHA-256(salt || id) per line. Identifiers are never written.
 * Saved atomically (temporary file, then move), owner-only permissions where POSIX.
 */
public final class FileServiceUserStore implements ServiceUserStore {
    private static final String SALT = "salt ";
    private final Path file;

    public FileServiceUserStore(Path file) {
        this.file = file;
    }

    /** @return the registry in the file, or a new one with a fresh salt if there is no file */
    public ServiceUserRegistry load(RandomBytes random) throws IOException {
        if (!Files.exists(file)) {
            return ServiceUserRegistry.create(random);
        }
        byte[] salt = null;
        List<String> digests = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith(SALT)) {
                salt = HexFormat.of().parseHex(t.substring(SALT.length()).strip());
            } else if (!t.isEmpty() && !t.startsWith("#")) {
                digests.add(t);
            }
        }
        if (salt == null) {
            throw new IOException(file + " has no 'salt' line");
        }
        return new ServiceUserRegistry(salt, digests);
    }

    @Override
    public void save(ServiceUserRegistry registry) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            restrict(tmp);
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("# Secure RMCP-2 service user identifiers (X.603.1 Amd.1 10.1.1.5) as SHA-256(salt || id)\n");
                w.write(SALT + HexFormat.of().formatHex(registry.salt()) + "\n");
                for (String d : new TreeSet<>(registry.digests())) {
                    w.write(d + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void restrict(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
    }
}

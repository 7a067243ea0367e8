package org.rmcp.bench.admission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's TLS_PSK credentials (X.603.1 Amd.1 10.1.1.1): a fresh random 128-bit key per identity,
 * written as the SM's {@code pskFile} ({@code identity = hexkey} lines, the
 * {@code org.rmcp.transport.PskFile} format) in a private temporary directory that
 * {@link #close()} deletes. Keys are never printed.
 */
final class PskCredentials implements AutoCloseable {
    static final String SMA = "sma";
    static final String DMA = "dma";
    private final Map<String, byte[]> keys = new LinkedHashMap<>();
    private final Path dir;
    private final Path file;

    private PskCredentials(Path dir, Path file) {
        this.dir = dir;
        this.file = file;
    }

    /** @return credentials for the SMA, the DMA and {@code maIdentities} MA identities {@link #ma(int)} */
    static PskCredentials create(int maIdentities) throws IOException {
        Path dir = Files.createTempDirectory("rmcp-admission-load",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        PskCredentials c = new PskCredentials(dir, dir.resolve("sm.psk"));
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder("# AdmissionLoad: generated for one run\n");
        for (int i = -2; i < maIdentities; i++) {
            String id = i == -2 ? SMA : i == -1 ? DMA : ma(i);
            byte[] key = new byte[16];
            random.nextBytes(key);
            c.keys.put(id, key);
            text.append(id).append(" = ").append(HexFormat.of().formatHex(key)).append('\n');
        }
        Files.writeString(c.file, text, StandardCharsets.UTF_8);
        return c;
    }

    /** @return the identity of the {@code i}-th MA client */
    static String ma(int i) {
        return "ma-" + i;
    }

    /** @return a copy of the key of {@code identity} */
    byte[] key(String identity) {
        return keys.get(identity).clone();
    }

    /** @return the SM's PSK file */
    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }
}

package org.rmcp.provisioning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of repository jars (the {@code osgi.content} hash of OSGi R5 repositories, OSGi Core 132.4). */
public final class Digests {
    private static final HexFormat HEX = HexFormat.of();

    private Digests() {
    }

    /** @return a new SHA-256 digest; every Java platform has one */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the Java platform", e);
        }
    }

    /** @return SHA-256 of {@code data} */
    public static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    /** @return SHA-256 of the file, lower-case hex */
    public static String sha256Hex(Path file) throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[16384];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
        return HEX.formatHex(md.digest());
    }

    /** @return {@code bytes} as lower-case hex */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** @throws IllegalArgumentException if {@code hex} is not an even run of hex digits */
    public static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }
}

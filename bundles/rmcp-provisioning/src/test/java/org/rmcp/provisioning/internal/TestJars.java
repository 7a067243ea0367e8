package org.rmcp.provisioning.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import jdk.security.jarsigner.JarSigner;

/**
 * Jars for tests: the real algorithm bundles (test-scope Maven dependencies, found on the class
 * path), small made-up bundles, and signing with the JDK's {@link JarSigner} API (no external
 * tool), plus rewrites that tamper with a signed jar.
 */
public final class TestJars {
    private TestJars() {
    }

    /** @return the SEED (EN_DEC_ID 0x04) bundle jar */
    public static Path seed() {
        return containing("OSGI-INF/org.rmcp.cipher.seed.internal.SeedCbcAlgorithm.xml");
    }

    /** @return the HMAC-SHA1 (AUTH_ID 0x01) bundle jar */
    public static Path hmacSha1() {
        return containing("OSGI-INF/org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm.xml");
    }

    /** @return the MEM_AUTH (AUTH_NAME 0x01) bundle jar */
    public static Path memAuth() {
        return containing("OSGI-INF/org.rmcp.auth.memauth.internal.MemAuthMechanism.xml");
    }

    /**
     * @return an unsigned copy of the jar on the test class path that holds {@code resource} (the
     *     jar itself when it carries no signature), so tests sign it themselves even once the
     *     build signs the algorithm bundles
     */
    public static synchronized Path containing(String resource) {
        return UNSIGNED.computeIfAbsent(resource, r -> unsigned(onClassPath(r)));
    }

    private static final Map<String, Path> UNSIGNED = new HashMap<>();

    private static Path unsigned(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> isSignatureBlock(e.getName()))) {
                return jar;
            }
            Path dir = Files.createTempDirectory("rmcp-unsigned");
            dir.toFile().deleteOnExit();
            Path out = dir.resolve(jar.getFileName());
            out.toFile().deleteOnExit();
            return stripSignatures(jar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies {@code in} without its signature files (the manifest keeps its digest sections). */
    public static Path stripSignatures(Path in, Path out) throws IOException {
        return rewrite(in, out, (name, data) -> isSignatureBlock(name) ? null : data, Map.of());
    }

    private static boolean isSignatureBlock(String name) {
        return name.matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+");
    }

    private static Path onClassPath(String resource) {
        URL url = TestJars.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Not on the test class path: " + resource);
        }
        try {
            return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the jar or directory {@code type} was loaded from */
    public static Path of(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a bundle with the given main headers and entries. */
    public static Path bundle(Path out, Map<String, String> headers, Map<String, byte[]> entries) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> m.getMainAttributes().putValue(k, v));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(out), m)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(e.getKey()));
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
        return out;
    }

    /** Signs {@code in} into {@code out} with SHA-256 digests and the identity's whole chain. */
    public static Path sign(Path in, Path out, TestPki.Identity signer) throws IOException {
        try (ZipFile zip = new ZipFile(in.toFile()); OutputStream os = Files.newOutputStream(out)) {
            JarSigner js = new JarSigner.Builder(signer.key(),
                CertificateFactory.getInstance("X.509").generateCertPath(signer.chain()))
                .digestAlgorithm("SHA-256").signatureAlgorithm("SHA256withRSA").signerName("RMCP").build();
            js.sign(zip, os);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        return out;
    }

    /**
     * Copies {@code in} to {@code out}, passing each entry's bytes through {@code change}
     * (return {@code null} to drop an entry), then appending {@code extra} entries.
     */
    public static Path rewrite(Path in, Path out, BiFunction<String, byte[], byte[]> change,
            Map<String, byte[]> extra) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(in.toFile())) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                byte[] data = change.apply(e.getName(), zip.getInputStream(e).readAllBytes());
                if (data != null) {
                    entries.put(e.getName(), data);
                }
            }
        }
        entries.putAll(extra);
        try (ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zos.putNextEntry(new ZipEntry(e.getKey()));
                zos.write(e.getValue());
                zos.closeEntry();
            }
        }
        return out;
    }

    /** @return {@code data} with its last byte flipped */
    public static byte[] flipLastByte(byte[] data) {
        byte[] copy = data.clone();
        copy[copy.length - 1] ^= 0x01;
        return copy;
    }

    /** @return UTF-8 bytes */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

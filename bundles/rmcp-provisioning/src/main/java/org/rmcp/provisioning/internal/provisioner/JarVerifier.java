package org.rmcp.provisioning.internal.provisioner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.rmcp.provisioning.internal.Digests;

/**
 * Checks a module delivered for SECALGREQ (X.603.1 Amd.1 11.2.7) before it is installed: its
 * SHA-256 against the SM's offer (constant-time), and its jar signature: every entry other than
 * the signature files themselves must be intact and signed by a {@link SignerTrust trusted}
 * signer, so unsigned, partly signed, altered and extended jars are refused.
 */
public final class JarVerifier {
    /** Uncompressed bytes read at most while verifying, against zip bombs. */
    static final long MAX_UNCOMPRESSED = 256L << 20;

    private final SignerTrust trust;

    /** @param trust who may sign modules */
    public JarVerifier(SignerTrust trust) {
        this.trust = trust;
    }

    /**
     * @param content the downloaded bytes
     * @param sha256 expected SHA-256, hex
     * @throws ProvisioningException on a mismatch
     */
    public static void checkDigest(byte[] content, String sha256) throws ProvisioningException {
        byte[] expected;
        try {
            expected = Digests.unhex(sha256);
        } catch (IllegalArgumentException e) {
            throw new ProvisioningException("Malformed expected SHA-256");
        }
        if (!MessageDigest.isEqual(Digests.sha256(content), expected)) {
            throw new ProvisioningException("SHA-256 mismatch: the jar is not the one the SM offered");
        }
    }

    /**
     * Checks the digest, then the signatures on a private copy in {@code workDir} (deleted after).
     *
     * @param what names the jar in errors
     * @throws ProvisioningException naming what failed
     */
    public void verify(byte[] jar, String sha256, Path workDir, String what) throws ProvisioningException {
        checkDigest(jar, sha256);
        try {
            java.nio.file.Files.createDirectories(workDir);
            Path tmp = java.nio.file.Files.createTempFile(workDir, "verify-", ".jar");
            try {
                java.nio.file.Files.write(tmp, jar);
                checkSignatures(tmp);
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        } catch (java.io.IOException e) {
            throw new ProvisioningException("Cannot store " + what + " for checking: " + e, e);
        }
    }

    /**
     * @param jar the jar file, already written to private storage
     * @throws ProvisioningException naming the first offending entry
     */
    public void checkSignatures(Path jar) throws ProvisioningException {
        if (trust.size() == 0) {
            throw new ProvisioningException("No trusted signer certificates configured (PID org.rmcp.provisioning.trust)");
        }
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            if (jf.getManifest() == null) {
                throw new ProvisioningException("Unsigned jar: no manifest");
            }
            byte[] buf = new byte[16384];
            long total = 0;
            int signed = 0;
            for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements();) {
                JarEntry e = en.nextElement();
                total += drain(jf, e, buf, MAX_UNCOMPRESSED - total); // reading triggers the digest check
                if (e.isDirectory() || signatureFile(e.getName())) {
                    continue;
                }
                CodeSigner[] signers = e.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    throw new ProvisioningException("Entry " + e.getName() + " is not signed");
                }
                if (!trusted(signers)) {
                    throw new ProvisioningException("Entry " + e.getName() + " is not signed by a trusted signer");
                }
                signed++;
            }
            if (signed == 0) {
                throw new ProvisioningException("Unsigned jar: no signed entries");
            }
        } catch (SecurityException e) {
            throw new ProvisioningException("Invalid jar signature: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ProvisioningException("Unreadable jar: " + e.getMessage(), e);
        }
    }

    private boolean trusted(CodeSigner[] signers) {
        for (CodeSigner s : signers) {
            if (trust.trusts(s.getSignerCertPath().getCertificates())) {
                return true;
            }
        }
        return false;
    }

    private static long drain(JarFile jf, JarEntry e, byte[] buf, long budget) throws IOException,
            ProvisioningException {
        long n = 0;
        try (InputStream in = jf.getInputStream(e)) {
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                n += r;
                if (n > budget) {
                    throw new ProvisioningException("Jar expands beyond " + MAX_UNCOMPRESSED + " bytes");
                }
            }
        }
        return n;
    }

    /** MANIFEST.MF and the signature block files directly under META-INF (JAR File Specification). */
    static boolean signatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', 9) >= 0) {
            return false;
        }
        String file = upper.substring(9);
        return file.equals("MANIFEST.MF") || file.startsWith("SIG-") || file.endsWith(".SF")
            || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC");
    }
}

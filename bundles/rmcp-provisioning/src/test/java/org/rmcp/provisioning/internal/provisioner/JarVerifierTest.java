package org.rmcp.provisioning.internal.provisioner;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rmcp.provisioning.internal.Digests;
import org.rmcp.provisioning.internal.TestJars;
import org.rmcp.provisioning.internal.TestPki;

/** Digest and signature checks of a delivered module, without a framework. */
class JarVerifierTest {
    static TestPki.Identity signer;
    static TestPki.Identity ca;
    static TestPki.Identity caIssued;
    static TestPki.Identity stranger;

    @TempDir
    Path tmp;

    @BeforeAll
    static void keys() {
        signer = TestPki.selfSigned("RMCP build signer");
        ca = TestPki.ca("RMCP test CA");
        caIssued = TestPki.issued("RMCP vendor", ca, 365);
        stranger = TestPki.selfSigned("Someone else");
    }

    private static JarVerifier trusting(TestPki.Identity... anchors) {
        return new JarVerifier(new SignerTrust(Arrays.stream(anchors).map(TestPki.Identity::cert).toList()));
    }

    private Path signedSeed(TestPki.Identity by) throws IOException {
        return TestJars.sign(TestJars.seed(), tmp.resolve("signed-" + by.cert().getSerialNumber() + ".jar"), by);
    }

    private static String reason(JarVerifier v, Path jar) {
        return assertThrows(ProvisioningException.class, () -> v.checkSignatures(jar)).getMessage();
    }

    @Test
    void goodSignedJarPasses() throws IOException {
        assertDoesNotThrow(() -> trusting(signer).checkSignatures(signedSeed(signer)));
    }

    @Test
    void signerIssuedByATrustedCaPasses() throws IOException {
        Path jar = signedSeed(caIssued);
        assertDoesNotThrow(() -> trusting(ca).checkSignatures(jar));
        assertDoesNotThrow(() -> trusting(caIssued).checkSignatures(jar));
    }

    @Test
    void digestMismatchIsRefusedInConstantTimeCompare() throws IOException {
        byte[] jar = Files.readAllBytes(signedSeed(signer));
        String good = Digests.hex(Digests.sha256(jar));
        assertDoesNotThrow(() -> JarVerifier.checkDigest(jar, good));
        byte[] tampered = TestJars.flipLastByte(jar);
        assertTrue(assertThrows(ProvisioningException.class, () -> JarVerifier.checkDigest(tampered, good))
            .getMessage().contains("SHA-256 mismatch"));
        assertThrows(ProvisioningException.class, () -> JarVerifier.checkDigest(jar, "zz"));
    }

    @Test
    void wrongSignerIsRefused() throws IOException {
        assertTrue(reason(trusting(signer), signedSeed(stranger)).contains("not signed by a trusted signer"));
    }

    @Test
    void unsignedJarIsRefused() {
        assertTrue(reason(trusting(signer), TestJars.seed()).contains("is not signed"));
    }

    @Test
    void strippedSignatureIsRefusedAsUnsigned() throws IOException {
        Path stripped = TestJars.stripSignatures(signedSeed(signer), tmp.resolve("stripped.jar"));
        assertTrue(reason(trusting(signer), stripped).contains("is not signed"));
    }

    @Test
    void noTrustConfiguredRefusesEverything() throws IOException {
        assertTrue(reason(trusting(), signedSeed(signer)).contains("No trusted signer"));
    }

    @Test
    void alteredClassIsRefused() throws IOException {
        Path bad = TestJars.rewrite(signedSeed(signer), tmp.resolve("altered.jar"),
            (name, data) -> name.endsWith("SeedCbc.class") ? TestJars.flipLastByte(data) : data, Map.of());
        assertTrue(reason(trusting(signer), bad).startsWith("Invalid jar signature"), reason(trusting(signer), bad));
    }

    @Test
    void entryAddedAfterSigningIsRefused() throws IOException {
        Path bad = TestJars.rewrite(signedSeed(signer), tmp.resolve("extended.jar"), (name, data) -> data,
            Map.of("org/rmcp/cipher/seed/internal/Extra.class", new byte[] {(byte) 0xCA, (byte) 0xFE}));
        assertTrue(reason(trusting(signer), bad).contains("Extra.class is not signed"));
    }

    @Test
    void changedManifestHeaderIsRefused() throws IOException {
        Path bad = TestJars.rewrite(signedSeed(signer), tmp.resolve("header.jar"), (name, data) ->
            name.equals("META-INF/MANIFEST.MF") ? TestJars.utf8(new String(data, StandardCharsets.UTF_8)
                .replace("Bundle-Version: 0.1.0.SNAPSHOT", "Bundle-Version: 9.9.9")) : data, Map.of());
        try (java.util.jar.JarFile jf = new java.util.jar.JarFile(bad.toFile(), false)) {
            assertTrue("9.9.9".equals(jf.getManifest().getMainAttributes().getValue("Bundle-Version")));
        }
        assertTrue(reason(trusting(signer), bad).startsWith("Invalid jar signature"), reason(trusting(signer), bad));
    }

    @Test
    void expiredSignerIsRefused() throws IOException {
        TestPki.Identity expired = TestPki.issued("Old vendor", ca, -1);
        assertTrue(reason(trusting(ca), signedSeed(expired)).contains("not signed by a trusted signer"));
    }

    @Test
    void chainThatDoesNotLinkIsNotTrusted() {
        // the vendor certificate followed by a CA that did not issue it
        assertFalse(new SignerTrust(List.of(stranger.cert())).trusts(List.of(caIssued.cert(), stranger.cert())));
        assertTrue(new SignerTrust(List.of(ca.cert())).trusts(caIssued.chain()));
        assertTrue(new SignerTrust(List.of(ca.cert())).trusts(List.of(caIssued.cert())));
    }

    @Test
    void trustLoadsAPemBundle() throws Exception {
        StringBuilder pem = new StringBuilder();
        for (TestPki.Identity id : List.of(signer, ca)) {
            pem.append("-----BEGIN CERTIFICATE-----\n")
                .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(id.cert().getEncoded()))
                .append("\n-----END CERTIFICATE-----\n");
        }
        Path file = Files.writeString(tmp.resolve("signers.pem"), pem);
        SignerTrust t = SignerTrust.load(file);
        assertTrue(t.size() == 2 && t.trusts(signer.chain()) && t.trusts(caIssued.chain()));
        assertThrows(IOException.class, () -> SignerTrust.load(Files.writeString(tmp.resolve("bad.pem"), "nonsense")));
    }

    @Test
    void signatureFilesAreRecognised() {
        assertTrue(JarVerifier.signatureFile("META-INF/RMCP.SF"));
        assertTrue(JarVerifier.signatureFile("META-INF/rmcp.rsa"));
        assertTrue(JarVerifier.signatureFile("META-INF/MANIFEST.MF"));
        assertFalse(JarVerifier.signatureFile("META-INF/maven/x/RMCP.SF"));
        assertFalse(JarVerifier.signatureFile("org/x/RMCP.SF"));
    }
}

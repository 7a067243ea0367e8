package org.rmcp.bench.provisioning;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rmcp.provisioning.internal.Digests;
import org.rmcp.provisioning.internal.provisioner.JarVerifier;
import org.rmcp.provisioning.internal.provisioner.ProvisioningException;
import org.rmcp.provisioning.internal.provisioner.SignerTrust;

/**
 * What an MA spends checking a module delivered for SECALGREQ (X.603.1 Amd.1 11.2.7) before it
 * installs it: SHA-256 against the offer plus the full jar-signature check of
 * {@link JarVerifier} (every entry re-hashed, signer chain checked), against a plain SHA-256 of
 * the same bytes (the baseline, same run). The jar is a made-up bundle of 1 KiB entries signed in
 * setup with a fresh RSA-2048 self-signed certificate (SHA256withRSA), the size of an algorithm
 * bundle (16 KiB) and of a large one (256 KiB).
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ProvisioningBenchmark {
    @Param({"16384", "262144"})
    public int size;

    private Path dir;
    private Path jar;
    private byte[] bytes;
    private String sha256;
    private JarVerifier verifier;

    @Setup(Level.Trial)
    public void setup() throws IOException, GeneralSecurityException, OperatorCreationException {
        dir = Files.createTempDirectory("rmcp-bench-provisioning");
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair kp = g.generateKeyPair();
        Instant now = Instant.now();
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
            new X500Name("CN=RMCP bench signer"), BigInteger.ONE, Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(30))), new X500Name("CN=RMCP bench signer"), kp.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
        Path unsigned = bundle(dir.resolve("unsigned.jar"), size);
        jar = dir.resolve("signed.jar");
        try (ZipFile zip = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(jar)) {
            new JarSigner.Builder(kp.getPrivate(), CertificateFactory.getInstance("X.509").generateCertPath(List.of(cert)))
                .digestAlgorithm("SHA-256").signatureAlgorithm("SHA256withRSA").build().sign(zip, out);
        }
        bytes = Files.readAllBytes(jar);
        sha256 = Digests.hex(Digests.sha256(bytes));
        verifier = new JarVerifier(new SignerTrust(List.of(cert)));
    }

    private static Path bundle(Path out, int size) throws IOException {
        SecureRandom random = new SecureRandom();
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.rmcp.bench.module");
        a.putValue("Bundle-Version", "1.0.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(out), m)) {
            for (int i = 0; i * 1024 < size; i++) {
                byte[] entry = new byte[1024];
                random.nextBytes(entry); // incompressible, so the jar is about the nominal size
                jar.putNextEntry(new ZipEntry("org/rmcp/bench/module/C" + i + ".class"));
                jar.write(entry);
                jar.closeEntry();
            }
        }
        return out;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Path verifyDigestAndSignature() throws ProvisioningException {
        JarVerifier.checkDigest(bytes, sha256);
        verifier.checkSignatures(jar);
        return jar;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] sha256Baseline() throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}

package org.rmcp.provisioning.internal.provisioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.nio.NioEventLoopGroup;
import java.net.InetSocketAddress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;
import org.rmcp.provisioning.RepositoryBundle;
import org.rmcp.provisioning.ServerTls;
import org.rmcp.provisioning.TrustConfig;
import org.rmcp.provisioning.internal.TestJars;
import org.rmcp.provisioning.internal.TestPki;
import org.rmcp.provisioning.internal.repository.DirectoryRepository;
import org.rmcp.provisioning.internal.server.RepositoryServer;

/**
 * SECALGREQ delivery end to end (X.603.1 Amd.1 11.2.7): the SM repository over HTTPS, the MA's
 * download and checks, and install, start, service wait and rollback in a real Felix framework
 * with SCR. Every failure must leave no bundle behind by the time the result is delivered.
 */
class ProvisioningFrameworkTest {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final String SEED = "org.rmcp.cipher.seed";

    @TempDir
    static Path tmp;
    static EmbeddedFelix felix;
    static RepositoryServer server;
    static DirectoryRepository repo;
    static TrustConfig trust;
    static NioEventLoopGroup group;
    static ExecutorService executor;
    static DefaultBundleProvisioner provisioner;
    static Offer seed;
    static RepositoryBundle unresolvable;
    static RepositoryBundle badActivator;
    static Offer unsignedMemAuth;
    static RepositoryBundle vendorSeed;
    static RepositoryBundle orphanSeed;

    @BeforeAll
    static void start() throws Exception {
        TestPki.Identity signer = TestPki.selfSigned("RMCP build signer");
        repo = new DirectoryRepository(tmp.resolve("repo"));
        seed = repo.add(TestJars.sign(TestJars.seed(), tmp.resolve("seed.jar"), signer)).offers().get(0);
        unsignedMemAuth = repo.add(TestJars.memAuth()).offers().get(0);
        unresolvable = repo.add(TestJars.sign(TestJars.bundle(tmp.resolve("u.jar"), headers("test.unresolvable",
            "Import-Package", "does.not.exist"), Map.of("a.txt", TestJars.utf8("a"))), tmp.resolve("us.jar"), signer));
        badActivator = repo.add(TestJars.sign(TestJars.bundle(tmp.resolve("b.jar"), headers("test.badactivator",
            "Bundle-Activator", "test.Missing"), Map.of("a.txt", TestJars.utf8("a"))), tmp.resolve("bs.jar"), signer));

        // a vendor module importing a library that itself imports a base library, all in the repository
        repo.add(TestJars.sign(TestJars.bundle(tmp.resolve("base.jar"), Map.of("Bundle-ManifestVersion", "2",
            "Bundle-SymbolicName", "test.vendorbase", "Bundle-Version", "1.0.0",
            "Export-Package", "test.vendor.base;version=\"1.0.0\""), Map.of("a.txt", TestJars.utf8("b"))),
            tmp.resolve("base-s.jar"), signer));
        for (String v : new String[] {"1.0.0", "1.2.0"}) {
            repo.add(TestJars.sign(TestJars.bundle(tmp.resolve("lib-" + v + ".jar"), Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "test.vendorlib", "Bundle-Version", v,
                "Export-Package", "test.vendor.lib;version=\"" + v + "\"",
                "Import-Package", "test.vendor.base;version=\"[1,2)\""), Map.of("a.txt", TestJars.utf8(v))),
                tmp.resolve("lib-s-" + v + ".jar"), signer));
        }
        vendorSeed = repo.add(TestJars.sign(withImport(TestJars.seed(), "vendor.seed",
            "test.vendor.lib;version=\"[1.1,2)\""), tmp.resolve("vendor-seed-s.jar"), signer));
        orphanSeed = repo.add(TestJars.sign(withImport(TestJars.seed(), "orphan.seed",
            "test.vendor.absent;version=\"[1,2)\""), tmp.resolve("orphan-seed-s.jar"), signer));

        TestPki.Identity tls = TestPki.server("127.0.0.1");
        server = RepositoryServer.start(repo, new InetSocketAddress("127.0.0.1", 0),
            ServerTls.of(TestPki.serverContext(tls)));
        trust = TrustConfig.of(TestPki.clientContext(tls.cert()));

        felix = new EmbeddedFelix(tmp.resolve("felix"));
        group = new NioEventLoopGroup(1);
        executor = Executors.newSingleThreadExecutor();
        provisioner = new DefaultBundleProvisioner(felix.context(), new SignerTrust(List.of(signer.cert())), group,
            executor, tmp.resolve("verify"), TIMEOUT, 1 << 20);
    }

    /** @return a copy of the SEED bundle renamed {@code bsn} 1.0.0 that also imports {@code pkg} */
    private static Path withImport(Path jar, String bsn, String pkg) throws IOException {
        return TestJars.rewrite(jar, tmp.resolve(bsn + ".jar"), (name, data) -> {
            if (!name.equals("META-INF/MANIFEST.MF")) {
                return data;
            }
            try {
                Manifest m = new Manifest(new ByteArrayInputStream(data));
                Attributes a = m.getMainAttributes();
                a.putValue("Bundle-SymbolicName", bsn);
                a.putValue("Bundle-Version", "1.0.0");
                a.putValue("Import-Package", a.getValue("Import-Package") + "," + pkg);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                m.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Map.of());
    }

    private static Map<String, String> headers(String bsn, String key, String value) {
        return Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", bsn, "Bundle-Version", "1.0.0", key, value);
    }

    @AfterEach
    void reset() throws Exception {
        felix.reset();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        felix.stop();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        executor.shutdown();
    }

    private static ProvisioningResult provision(Offer offer) throws Exception {
        return provision(offer, server.base(), trust);
    }

    private static ProvisioningResult provision(Offer offer, URI base, TrustConfig t) throws Exception {
        return provisioner.provision(offer, base, t).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static Offer offerOf(RepositoryBundle b, int code) {
        return new Offer(b.bsn(), b.version(), AlgorithmType.EN_DEC, code, b.sha256(), b.path(), b.size());
    }

    private static void assertFailedAndNothingLeft(ProvisioningResult r, String reason, long before) {
        assertFalse(r.ok(), "expected a failure");
        assertTrue(r.reason().contains(reason), r.reason());
        assertEquals(before, felix.ids().size(), "a bundle was left installed");
        assertEquals(0, felix.count(r.offer().bsn()));
    }

    @Test
    void signedSeedIsInstalledStartedAndItsServiceIsUp() throws Exception {
        ProvisioningResult r = provision(seed);
        assertTrue(r.ok(), r.reason());
        Bundle b = felix.context().getBundle(r.bundleId());
        assertEquals(Bundle.ACTIVE, b.getState());
        assertEquals(SEED, b.getSymbolicName());
        assertEquals("rmcp-repo:" + server.base().resolve(seed.path()) + "#sha256=" + seed.sha256(), b.getLocation());
        assertEquals(r.location(), b.getLocation());
        ServiceReference<?>[] refs = felix.context().getAllServiceReferences("org.rmcp.spi.cipher.EncDecAlgorithm",
            "(rmcp.en.dec.id=4)");
        assertNotNull(refs);
        assertEquals(b, refs[0].getBundle());
    }

    @Test
    void aSecondOfferOfTheSameBundleReusesIt() throws Exception {
        CompletableFuture<ProvisioningResult> first = provisioner.provision(seed, server.base(), trust)
            .toCompletableFuture();
        CompletableFuture<ProvisioningResult> second = provisioner.provision(seed, server.base(), trust)
            .toCompletableFuture();
        ProvisioningResult a = first.get(30, TimeUnit.SECONDS);
        ProvisioningResult b = second.get(30, TimeUnit.SECONDS);
        assertTrue(a.ok() && b.ok(), a.reason() + " / " + b.reason());
        assertEquals(a.bundleId(), b.bundleId());
        assertEquals(1, felix.count(SEED));
    }

    @Test
    void noServiceWithTheOfferedCodeTimesOutAndUninstalls() throws Exception {
        long before = felix.ids().size();
        Offer wrongCode = new Offer(seed.bsn(), seed.version(), AlgorithmType.EN_DEC, 0x05, seed.sha256(), seed.path(),
            seed.size());
        assertFailedAndNothingLeft(provision(wrongCode), "No service", before);
    }

    @Test
    void unresolvableBundleIsUninstalled() throws Exception {
        long before = felix.ids().size();
        assertFailedAndNothingLeft(provision(offerOf(unresolvable, 0x30)), "does.not.exist", before);
    }

    @Test
    void aModulesMissingPackagesAreFetchedFromTheRepositoryTransitivelyAtTheBestVersion() throws Exception {
        ProvisioningResult r = provision(offerOf(vendorSeed, 0x04));
        assertTrue(r.ok(), r.reason());
        Bundle lib = felix.bundle("test.vendorlib");
        assertEquals("1.2.0", lib.getVersion().toString(), "the highest version in [1.1,2)");
        assertTrue(lib.getLocation().startsWith(DefaultBundleProvisioner.LOCATION_SCHEME), lib.getLocation());
        assertEquals(1, felix.count("test.vendorbase"), "the library's own import came too");
        assertTrue((felix.bundle("test.vendorbase").getState() & (Bundle.RESOLVED | Bundle.ACTIVE)) != 0);
        assertEquals(Bundle.ACTIVE, felix.bundle("vendor.seed").getState());
    }

    @Test
    void aPackageNoRepositoryBundleProvidesFailsNamingItAndLeavesNothing() throws Exception {
        long before = felix.ids().size();
        assertFailedAndNothingLeft(provision(offerOf(orphanSeed, 0x04)), "test.vendor.absent", before);
    }

    @Test
    void bundleThatFailsToStartIsUninstalled() throws Exception {
        long before = felix.ids().size();
        assertFailedAndNothingLeft(provision(offerOf(badActivator, 0x31)), "Start failed", before);
    }

    @Test
    void digestMismatchInstallsNothing() throws Exception {
        long before = felix.ids().size();
        Offer lying = new Offer(seed.bsn(), seed.version(), seed.type(), seed.code(), unresolvable.sha256(),
            seed.path(), seed.size());
        assertFailedAndNothingLeft(provision(lying), "SHA-256 mismatch", before);
    }

    @Test
    void unsignedBundleInstallsNothing() throws Exception {
        long before = felix.ids().size();
        assertFailedAndNothingLeft(provision(unsignedMemAuth), "is not signed", before);
    }

    @Test
    void untrustedRepositoryCertificateInstallsNothing() throws Exception {
        long before = felix.ids().size();
        TrustConfig other = TrustConfig.of(TestPki.clientContext(TestPki.server("127.0.0.1").cert()));
        assertFailedAndNothingLeft(provision(seed, server.base(), other), "Download failed", before);
    }

    @Test
    void sizeOtherThanOfferedInstallsNothing() throws Exception {
        long before = felix.ids().size();
        Offer longer = new Offer(seed.bsn(), seed.version(), seed.type(), seed.code(), seed.sha256(), seed.path(),
            seed.size() + 1);
        assertFailedAndNothingLeft(provision(longer), "Content-Length", before);
    }

    @Test
    void missingJarAndBadBaseInstallNothing() throws Exception {
        long before = felix.ids().size();
        Offer missing = new Offer(seed.bsn(), seed.version(), seed.type(), seed.code(), seed.sha256(),
            "bundles/none.jar", seed.size());
        assertFailedAndNothingLeft(provision(missing), "HTTP status 404", before);
        URI plain = URI.create("http://127.0.0.1:" + server.base().getPort() + "/");
        assertFailedAndNothingLeft(provision(seed, plain, trust), "not an https URL", before);
    }

    @Test
    void jarUrlStaysUnderTheBase() throws Exception {
        assertEquals(URI.create("https://h:1/repo/" + seed.path()),
            DefaultBundleProvisioner.jarUrl(URI.create("https://h:1/repo"), seed));
        assertEquals(URI.create("https://h:1/" + seed.path()),
            DefaultBundleProvisioner.jarUrl(URI.create("https://h:1"), seed));
    }
}

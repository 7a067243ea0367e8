package org.rmcp.bench.provisioning;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;

/**
 * Load harness of issue 5: how long an MA takes from the SM's answer to SECALGREQ to a running
 * algorithm, against a plain local {@code bundle:install} + {@code bundle:start} of the same jar
 * (the baseline) in the same run. X.603.1 Amd.1 11.2.7 leaves module delivery out of scope; ours
 * answers with SECMODULE offers (docs/spec-notes.md 2.7) that the MA fetches from the SM's
 * repository (bundles/rmcp-provisioning/README.md). A plain {@code main}, not JMH: one iteration
 * is a whole install, start and uninstall.
 *
 * <ul>
 * <li><b>provisioned</b> (timed): the SM's lookup of the SEED offer (EN_DEC_ID 0x04, what SECMODULE
 * carries), then {@code DefaultBundleProvisioner.provision} until its result is OK: download over
 * a new HTTPS connection to the 127.0.0.1 repository (JDK TLS with a self-signed certificate, or
 * with {@code --repository-tls psk} Bouncy Castle TLS_PSK as an SM session serves it), size and
 * SHA-256, jar signatures against the signer PEM, install, resolve, start, and the DS service
 * {@code rmcp.en.dec.id=4} registered;</li>
 * <li><b>plain</b> (timed, baseline): {@code installBundle(file: URI)} of the same signed jar,
 * start, the same DS service;</li>
 * <li><b>control</b> (timed apart): SECALGREQ → SECMODULE, sealed, on a TLS_PSK channel
 * ({@link ControlRoundTrip}), which the provisioned interval does not contain.</li>
 * </ul>
 * Each iteration runs the three, the order of provisioned and plain alternating, so load on the
 * shared machine hits both alike; after each install the bundle is uninstalled and refreshed
 * and its service is gone before the next step (untimed). Warm-up iterations are discarded.
 * Control + provisioned of one iteration is reported as SECALGREQ → bundle active, the figure
 * issue 5's target (p50 &lt; 500 ms) is checked against.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.rmcp.bench.provisioning.ProvisioningLatency
 * [--iterations N] [--warmup N] [--signers PEM] [--bundles DIR] [--repository-tls jdk|psk]}
 * prints a Markdown table on stdout; any failed provisioning ends it with exit status 1.
 */
public final class ProvisioningLatency {
    static final String SEED_BSN = "org.rmcp.cipher.seed";
    static final double TARGET_P50_MS = 500;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String USAGE = "usage: ProvisioningLatency [--iterations N (50)] [--warmup N (5)]"
        + " [--signers PEM (<build root>/target/signing/rmcp-signers.pem)]"
        + " [--bundles DIR (benchmarks/target/provisioning-bundles)] [--repository-tls psk|jdk (psk, as the SM serves it)]";

    private final LatencyFramework framework;
    private final LoopbackRepository repository;
    private final MaProvisioner provisioner;
    private final ControlRoundTrip control;
    private final String seedLocation;
    private final String filter = LatencyFramework.serviceFilter(AlgorithmType.EN_DEC, EnDecIds.SEED);

    private ProvisioningLatency(LatencyFramework framework, LoopbackRepository repository, MaProvisioner provisioner,
            ControlRoundTrip control, Path seedJar) {
        this.framework = framework;
        this.repository = repository;
        this.provisioner = provisioner;
        this.control = control;
        this.seedLocation = seedJar.toUri().toString();
    }

    /** Command line, with defaults found next to the jar (or classes directory) this class runs from. */
    record Options(int iterations, int warmup, Path signers, Path bundles, LoopbackRepository.Tls tls) {
        static Options parse(String[] args) {
            Path target = codeDirectory().getParent();
            int iterations = 50;
            int warmup = 5;
            Path signers = target.resolve("../../target/signing/rmcp-signers.pem").normalize();
            Path bundles = target.resolve("provisioning-bundles");
            LoopbackRepository.Tls tls = LoopbackRepository.Tls.PSK;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--iterations" -> iterations = count(args[i], value, 1);
                    case "--warmup" -> warmup = count(args[i], value, 0);
                    case "--signers" -> signers = Path.of(required(args[i], value));
                    case "--bundles" -> bundles = Path.of(required(args[i], value));
                    case "--repository-tls" -> tls = tls(required(args[i], value));
                    default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
                }
                i++;
            }
            return new Options(iterations, warmup, signers, bundles, tls);
        }

        private static LoopbackRepository.Tls tls(String value) {
            for (LoopbackRepository.Tls t : LoopbackRepository.Tls.values()) {
                if (t.name().equalsIgnoreCase(value)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("--repository-tls is jdk or psk, got " + value);
        }

        private static String required(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }

        private static int count(String option, String value, int min) {
            try {
                int n = Integer.parseInt(required(option, value));
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs an integer >= " + min + ", got " + value);
        }

        private static Path codeDirectory() {
            try {
                return Path.of(ProvisioningLatency.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void main(String[] args) {
        // before any logger exists: the provisioner's INFO line per bundle would flood stderr; WARN shows failures
        if (System.getProperty("org.slf4j.simpleLogger.log.org.rmcp") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.rmcp", "warn");
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            System.out.print(run(options));
        } catch (Exception | Error e) {
            System.err.println("ProvisioningLatency FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Sets everything up in a temporary directory, measures, tears down, deletes the directory. */
    static String run(Options o) throws Exception {
        Path seedJar = o.bundles().resolve(SEED_BSN + ".jar");
        for (Path p : new Path[] {seedJar, o.signers()}) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("Missing " + p + " (build with `./mvnw -o -q -pl benchmarks package -DskipTests`,"
                    + " or pass --bundles / --signers)");
            }
        }
        System.err.println("SEED bundle " + seedJar + ", signers " + o.signers());
        Path work = Files.createTempDirectory("rmcp-provisioning-latency");
        String report;
        try {
            report = runIn(work, o, seedJar);
        } catch (Exception | Error e) {
            try {
                delete(work);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        delete(work);
        return report;
    }

    /** Starts framework, repository, provisioner and control channel in {@code work}; all stopped on return. */
    private static String runIn(Path work, Options o, Path seedJar) throws Exception {
        try (LatencyFramework framework = LatencyFramework.start(work.resolve("felix"),
                o.bundles().resolve("framework"), WAIT);
                LoopbackRepository repository = LoopbackRepository.start(work.resolve("repository"), seedJar,
                    o.tls());
                MaProvisioner provisioner = MaProvisioner.start(framework.context(), o.signers(),
                    work.resolve("verify"));
                ControlRoundTrip control = ControlRoundTrip.start(repository)) {
            System.err.println("Framework bundles: " + framework.describe());
            return new ProvisioningLatency(framework, repository, provisioner, control, seedJar).measure(o);
        }
    }

    private String measure(Options o) throws Exception {
        Samples provisioned = new Samples();
        Samples plain = new Samples();
        Samples controlRtt = new Samples();
        Samples endToEnd = new Samples();
        for (int i = 0; i < o.warmup() + o.iterations(); i++) {
            long c = control.roundTrip(EnDecIds.SEED);
            long a;
            long b;
            if (i % 2 == 0) {
                a = provisioned();
                b = plain();
            } else {
                b = plain();
                a = provisioned();
            }
            if (i >= o.warmup()) {
                controlRtt.add(c);
                provisioned.add(a);
                plain.add(b);
                endToEnd.add(c + a);
            }
        }
        return report(o, provisioned, plain, controlRtt, endToEnd);
    }

    /** The measured path; the bundle is removed afterwards, untimed. */
    private long provisioned() throws Exception {
        long t0 = System.nanoTime();
        Offer offer = repository.offer(AlgorithmType.EN_DEC, EnDecIds.SEED);
        ProvisioningResult r = provisioner.provision(offer, repository.base(), repository.trust());
        long t = System.nanoTime() - t0;
        if (!r.ok()) {
            throw new IllegalStateException("Provisioning " + offer.bsn() + " failed: " + r.reason());
        }
        framework.checkActive(r.bundleId(), filter);
        framework.remove(r.bundleId(), SEED_BSN, filter);
        return t;
    }

    /** The baseline; the bundle is removed afterwards, untimed. */
    private long plain() throws Exception {
        long t0 = System.nanoTime();
        Bundle b = framework.installAndAwait(seedLocation, filter);
        long t = System.nanoTime() - t0;
        framework.remove(b.getBundleId(), SEED_BSN, filter);
        return t;
    }

    private static String report(Options o, Samples provisioned, Samples plain, Samples control, Samples endToEnd) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d measured iterations after %d warm-up; repository TLS %s; %s %s, %d"
            + " cores%n%n", o.iterations(), o.warmup(), o.tls() == LoopbackRepository.Tls.JDK
                ? "JDK, self-signed RSA-2048" : "Bouncy Castle TLS_PSK", System.getProperty("java.vm.name"),
            System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        sb.append("| path | n | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |\n|---|---|---|---|---|---|\n");
        row(sb, "provisioned: offer → HTTPS download → SHA-256 + signatures → install → start → DS service",
            provisioned);
        row(sb, "plain (baseline): installBundle(file:) → start → DS service", plain);
        row(sb, "SECALGREQ → SECMODULE, sealed, on TLS_PSK (not in the provisioned interval)", control);
        row(sb, "SECALGREQ → bundle active (control + provisioned, per iteration)", endToEnd);
        sb.append(String.format(Locale.ROOT, "%n| ratio provisioned / plain | p50 | p99 |%n|---|---|---|%n"
            + "| same run | **%.2f** | **%.2f** |%n", provisioned.percentileMs(50) / plain.percentileMs(50),
            provisioned.percentileMs(99) / plain.percentileMs(99)));
        double p50 = endToEnd.percentileMs(50);
        sb.append(String.format(Locale.ROOT, "%nTarget p50 < %.0f ms (SECALGREQ → bundle active): %s (p50 %.1f ms)%n",
            TARGET_P50_MS, p50 < TARGET_P50_MS ? "met" : "NOT met", p50));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Samples s) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", name, s.size(),
            s.percentileMs(50), s.percentileMs(90), s.percentileMs(99), s.maxMs()));
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

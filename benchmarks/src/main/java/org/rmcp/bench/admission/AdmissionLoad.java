package org.rmcp.bench.admission;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;
import org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm;
import org.rmcp.transport.ControlSuite;

/**
 * Load harness of issue 5: admissions per second at the SM with many concurrent MAs on
 * loopback (X.603.1 Amd.1 10.1.1-10.1.4), against bare TLS_PSK handshakes per second measured in
 * the same run. A plain {@code main}, not JMH: one sample is a whole round of MAs.
 *
 * <ul>
 * <li><b>full admission</b>: the real SM session and connector ({@link SmEndpoint}) with the SMA
 * and a DMA agreed and the session OPEN; then {@code --mas} late MAs ({@link MaFleet}, RMAs by
 * default) with at most {@code --concurrency} in flight: TLS_PSK, SUBSREQ → SUBSANS OK, SECAGREQ →
 * SECLIST → SECAGANS OK, each counted when the SM accepted its SECAGANS; then it closes, and the SM
 * evicts it ({@code memberLeft}).</li>
 * <li><b>bare handshake</b> (baseline): the same number of TLS_PSK handshakes with the same
 * concurrency, clients and PSK file against an {@code RmcpServer} that closes each admitted
 * channel ({@link HandshakeBaseline}).</li>
 * </ul>
 * Rounds alternate A/B, B/A so load on the shared machine hits both alike; warm-up rounds are
 * discarded. Between rounds (untimed) the SM is back to its two members and the baseline server
 * to no channel. Rounds reuse the same MAIDs unless {@code --fresh-maids}: the SM keeps an evicted
 * member's row until the MAID is admitted again, so fresh MAIDs grow its member table. Prints a
 * Markdown table on stdout; any failed MA or handshake prints why on stderr and ends with exit
 * status 1.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.rmcp.bench.admission.AdmissionLoad [--mas N]
 * [--concurrency C] [--rounds R] [--warmup W] [--role rma|dma] [--clients K] [--timeout-s S] [--fresh-maids]}
 */
public final class AdmissionLoad {
    private static final Duration SETUP = Duration.ofSeconds(30);

    private AdmissionLoad() {
    }

    public static void main(String[] args) {
        // before any logger exists: an INFO line per admission would serialise the run on stderr
        if (System.getProperty("org.slf4j.simpleLogger.log.org.rmcp") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.rmcp", "warn");
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        int status;
        try {
            status = run(options);
        } catch (Exception | Error e) {
            System.err.println("AdmissionLoad FAILED: " + e);
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** @return the exit status: 0, or 1 if any MA or handshake failed */
    static int run(LoadOptions o) throws Exception {
        ControlSuite suite = new ControlSuite(new AesCbcAlgorithm(), new HmacSha1Algorithm());
        Report report = new Report(o);
        String setting;
        try (PskCredentials psk = PskCredentials.create(o.clients());
                SmEndpoint sm = SmEndpoint.start(psk, suite, Duration.ofSeconds(1));
                MaFleet fleet = new MaFleet(sm, psk, suite, o.role(), o.clients(), o.timeout());
                HandshakeBaseline baseline = HandshakeBaseline.start(psk, o.clients(), o.timeout())) {
            fleet.serverSide(SETUP);
            await("the session OPEN with SMA and DMA", () -> sm.settled(2), sm::describe);
            System.err.println("Server side agreed: " + sm.describe());
            Duration deadline = o.timeout().multipliedBy(2L + o.mas() / o.concurrency());
            for (int r = -o.warmup(); r < o.rounds(); r++) {
                boolean admissionFirst = Math.floorMod(r, 2) == 0;
                LoadRound.Result a = null;
                LoadRound.Result b = null;
                for (int step = 0; step < 2; step++) {
                    if ((step == 0) == admissionFirst) {
                        fleet.firstMaid(o.freshMaids() ? (r + o.warmup()) * o.mas() : 0);
                        a = LoadRound.run(o.mas(), o.concurrency(), deadline, fleet::admit);
                        await("the SM back to SMA and DMA", () -> sm.settled(2), sm::describe);
                    } else {
                        b = LoadRound.run(o.mas(), o.concurrency(), deadline, baseline::handshake);
                        await("the baseline server without channels", baseline::settled, () -> "");
                    }
                }
                report.failures("admission", a);
                report.failures("handshake", b);
                System.err.printf(Locale.ROOT, "%s round %d: admissions %.1f/s (%d failed, %.2f cores),"
                    + " handshakes %.1f/s (%d failed, %.2f cores)%n", r < 0 ? "warm-up" : "measured",
                    r < 0 ? r + o.warmup() + 1 : r + 1, a.perSecond(), a.failed(), a.cores(), b.perSecond(), b.failed(),
                    b.cores());
                if (r >= 0) {
                    report.add(new Report.Round(r, admissionFirst, a, b));
                }
            }
            System.err.println("After the run: " + sm.describe());
            sm.stop(); // before the SMA and DMA leave: no Ks rotation towards closing channels
            setting = String.format(Locale.ROOT, "%d %s per round, concurrency %d, %d client threads per path,"
                + " %d measured rounds after %d warm-up, %s MAIDs; %s; Java %s, %d CPUs", o.mas(), o.role(),
                o.concurrency(), o.clients(), o.rounds(), o.warmup(), o.freshMaids() ? "fresh" : "reused",
                baseline.tlsSession(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        }
        System.out.print(report.markdown(setting));
        if (!report.failures().isEmpty()) {
            System.err.println("AdmissionLoad: some MAs or handshakes failed:");
            report.failures().forEach((reason, n) -> System.err.println("  " + n + " × " + reason));
            return 1;
        }
        return 0;
    }

    private static void await(String what, BooleanSupplier condition, Supplier<String> state)
            throws InterruptedException {
        long end = System.nanoTime() + SETUP.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("not reached within " + SETUP.toSeconds() + " s: " + what + "; "
                    + state.get());
            }
            Thread.sleep(10);
        }
    }
}

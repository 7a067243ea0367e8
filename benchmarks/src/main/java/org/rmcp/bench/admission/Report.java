package org.rmcp.bench.admission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Collects the measured rounds of both paths and prints them as Markdown tables: per round, then
 * per path (rates, CPU, pooled latency percentiles, nearest rank), then the ratios full admission
 * over bare handshake of the same run and the issue 5 target (X.603.1 Amd.1 10.1.1-10.1.4 at
 * ≥ 500 admissions/s).
 */
final class Report {
    static final double TARGET_PER_SECOND = 500;

    /** One measured round: both paths, and which ran first. */
    record Round(int index, boolean admissionFirst, LoadRound.Result admission, LoadRound.Result handshake) {
        double ratio() {
            return admission.perSecond() / handshake.perSecond();
        }
    }

    private final LoadOptions options;
    private final List<Round> rounds = new ArrayList<>();
    private final Map<String, Integer> failures = new TreeMap<>();

    Report(LoadOptions options) {
        this.options = options;
    }

    void add(Round r) {
        rounds.add(r);
    }

    /** Counts the failures of any round, warm-up included. */
    void failures(String path, LoadRound.Result r) {
        r.failures().forEach((reason, n) -> failures.merge(path + ": " + reason, n, Integer::sum));
    }

    Map<String, Integer> failures() {
        return failures;
    }

    /** @return whether the median admission rate meets {@link #TARGET_PER_SECOND} */
    boolean targetMet() {
        return median(rounds.stream().mapToDouble(r -> r.admission().perSecond()).toArray()) >= TARGET_PER_SECOND;
    }

    String markdown(String setting) {
        StringBuilder s = new StringBuilder(setting).append("\n\n");
        s.append("| round | first | admissions/s | handshakes/s | ratio admission/handshake |"
            + " CPU ms each, admission / handshake (server end) | cores busy, admission / handshake |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        for (Round r : rounds) {
            LoadRound.Result a = r.admission();
            LoadRound.Result h = r.handshake();
            s.append(format("| %d | %s | %.1f | %.1f | %.3f | %.2f (%.2f) / %.2f (%.2f) | %.2f / %.2f |%n",
                r.index() + 1, r.admissionFirst() ? "admission" : "handshake", a.perSecond(), h.perSecond(), r.ratio(),
                a.cpuMsPerAttempt(), a.serverCpuMsPerAttempt(), h.cpuMsPerAttempt(), h.serverCpuMsPerAttempt(),
                a.cores(), h.cores()));
        }
        s.append("\n| path | rounds × MAs | per second, median (min-max) | CPU ms each, median (server end) |"
            + " p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | failed |\n|---|---|---|---|---|---|---|---|---|\n");
        row(s, "full admission: TLS_PSK → SUBSREQ … SECAGANS OK at the SM (" + options.role() + ")", true);
        row(s, "bare TLS_PSK handshake (baseline)", false);
        s.append("\n| ratio full admission / bare handshake, same run | median of rounds | min | max |\n");
        s.append("|---|---|---|---|\n");
        ratio(s, "throughput (admissions/s ÷ handshakes/s)", Round::ratio);
        ratio(s, "CPU, both ends (handshake ms ÷ admission ms)",
            r -> r.handshake().cpuMsPerAttempt() / r.admission().cpuMsPerAttempt());
        ratio(s, "CPU, server end only (handshake ms ÷ admission ms)",
            r -> r.handshake().serverCpuMsPerAttempt() / r.admission().serverCpuMsPerAttempt());
        double med = median(rounds.stream().mapToDouble(r -> r.admission().perSecond()).toArray());
        s.append(format("%nTarget ≥ %.0f admissions/s: **%s** (median %.1f/s).%n", TARGET_PER_SECOND,
            targetMet() ? "met" : "not met", med));
        return s.toString();
    }

    private void ratio(StringBuilder s, String name, ToDoubleFunction<Round> f) {
        double[] v = rounds.stream().mapToDouble(f).toArray();
        s.append(format("| %s | **%.3f** | %.3f | %.3f |%n", name, median(v), min(v), max(v)));
    }

    private void row(StringBuilder s, String name, boolean admission) {
        Latencies all = new Latencies(rounds.size() * options.mas());
        double[] rates = new double[rounds.size()];
        double[] cpu = new double[rounds.size()];
        double[] serverCpu = new double[rounds.size()];
        int failed = 0;
        for (int i = 0; i < rounds.size(); i++) {
            LoadRound.Result r = admission ? rounds.get(i).admission() : rounds.get(i).handshake();
            all.addAll(r.latencies());
            rates[i] = r.perSecond();
            cpu[i] = r.cpuMsPerAttempt();
            serverCpu[i] = r.serverCpuMsPerAttempt();
            failed += r.failed();
        }
        s.append(format("| %s | %d × %d | %.1f (%.1f-%.1f) | %.2f (%.2f) | %.2f | %.2f | %.2f | %.2f | %d |%n", name,
            rounds.size(), options.mas(), median(rates), min(rates), max(rates), median(cpu), median(serverCpu),
            all.percentileMs(50), all.percentileMs(90), all.percentileMs(99), all.percentileMs(100), failed));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}

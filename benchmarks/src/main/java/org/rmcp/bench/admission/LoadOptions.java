package org.rmcp.bench.admission;

import java.time.Duration;
import java.util.Locale;
import org.rmcp.codec.NodeType;

/**
 * AdmissionLoad's command line.
 *
 * @param mas measured MAs per round
 * @param concurrency MAs in flight at once
 * @param rounds measured rounds of each path
 * @param warmup discarded rounds of each path before them
 * @param role RMA or DMA, the role of the measured MAs
 * @param clients {@code RmcpClient}s (network threads) the MAs share, per path
 * @param timeout how long one MA may take
 * @param freshMaids whether every round uses new MAIDs (the SM's member table then grows by
 *     {@code mas} evicted rows per round) instead of reusing the first round's
 */
record LoadOptions(int mas, int concurrency, int rounds, int warmup, NodeType role, int clients, Duration timeout,
        boolean freshMaids) {
    static final String USAGE = "usage: AdmissionLoad [--mas N (2000)] [--concurrency C (64)] [--rounds R (5)]"
        + " [--warmup W (6)] [--role rma|dma (rma)] [--clients K (4)] [--timeout-s S (30)] [--fresh-maids]";

    static LoadOptions parse(String[] args) {
        int mas = 2000;
        int concurrency = 64;
        int rounds = 5;
        int warmup = 6;
        NodeType role = NodeType.RMA;
        int clients = 4;
        int timeoutS = 30;
        boolean fresh = false;
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--fresh-maids")) {
                fresh = true;
                i--;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--mas" -> mas = count(args[i], value, 1, 1 << 24);
                case "--concurrency" -> concurrency = count(args[i], value, 1, 100_000);
                case "--rounds" -> rounds = count(args[i], value, 1, 1000);
                case "--warmup" -> warmup = count(args[i], value, 0, 1000);
                case "--role" -> role = role(value);
                case "--clients" -> clients = count(args[i], value, 1, 64);
                case "--timeout-s" -> timeoutS = count(args[i], value, 1, 3600);
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
        return new LoadOptions(mas, concurrency, rounds, warmup, role, clients, Duration.ofSeconds(timeoutS), fresh);
    }

    private static NodeType role(String value) {
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return switch (v) {
            case "rma" -> NodeType.RMA;
            case "dma" -> NodeType.DMA;
            default -> throw new IllegalArgumentException("--role is rma or dma, got " + value);
        };
    }

    private static int count(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs an integer in " + min + "-" + max + ", got " + value);
    }
}

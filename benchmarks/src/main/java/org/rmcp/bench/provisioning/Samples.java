package org.rmcp.bench.provisioning;

import java.util.Arrays;

/** Latencies of one path in nanoseconds, with nearest-rank percentiles in milliseconds. */
final class Samples {
    private long[] nanos = new long[16];
    private int size;

    void add(long n) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = n;
    }

    int size() {
        return size;
    }

    /**
     * @param p percentile, 0 &lt; p &le; 100
     * @return the smallest sample that at least {@code p}% of the samples do not exceed (nearest
     *     rank: with 50 samples, p99 is the largest)
     */
    double percentileMs(double p) {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    double maxMs() {
        return percentileMs(100);
    }
}

package org.rmcp.bench.admission;

import java.util.Arrays;

/** Latency samples in nanoseconds, with nearest-rank percentiles in milliseconds. Not thread-safe. */
final class Latencies {
    private long[] nanos;
    private int size;

    Latencies(int capacity) {
        nanos = new long[Math.max(capacity, 16)];
    }

    void add(long n) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = n;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    int size() {
        return size;
    }

    /**
     * @param p percentile, 0 &lt; p &le; 100
     * @return the smallest sample that at least {@code p}% of the samples do not exceed (nearest rank)
     */
    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}

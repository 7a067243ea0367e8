package org.rmcp.bench.admission;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one round of the same closed-loop load for either path: {@code n} attempts with at most
 * {@code concurrency} in flight, a new one started as soon as one ends. An attempt's latency runs
 * from its start (permit taken) to the nanoTime its future completes with; the round's wall time
 * from the first start to the last end of any attempt, a failed one included (so attempts that
 * time out stretch the round). The process's CPU time over the round (both ends
 * run in this JVM) is kept too. Failures are counted by reason, never retried.
 */
final class LoadRound {
    /**
     * One attempt of a path: starts without blocking, completes with the nanoTime it ended at, and
     * completes exceptionally by itself when it takes too long.
     */
    interface Attempt {
        CompletableFuture<Long> start(int index);
    }

    /**
     * @param n attempts
     * @param wallNanos first start to the last end of any attempt
     * @param latencies per successful attempt, nanoseconds
     * @param failures failed attempts by reason
     * @param cpuNanos CPU time of the whole process (both ends) over the round
     * @param serverCpuNanos the part of it used by the server end's threads ({@link CpuSplit})
     */
    record Result(int n, long wallNanos, Latencies latencies, Map<String, Integer> failures, long cpuNanos,
            long serverCpuNanos) {
        /** @return successful attempts per second of wall time */
        double perSecond() {
            return latencies.size() / (wallNanos / 1e9);
        }

        /** @return process CPU milliseconds per attempt (SM and MA ends together) */
        double cpuMsPerAttempt() {
            return cpuNanos / 1e6 / n;
        }

        /** @return server-end (SM or baseline server) CPU milliseconds per attempt */
        double serverCpuMsPerAttempt() {
            return serverCpuNanos / 1e6 / n;
        }

        /** @return how many cores the process kept busy on average */
        double cores() {
            return (double) cpuNanos / wallNanos;
        }

        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private LoadRound() {
    }

    /**
     * Runs the round; returns once every attempt succeeded or failed.
     *
     * @param deadline how long the whole round may take
     * @throws IllegalStateException if attempts are still outstanding after {@code deadline}
     */
    static Result run(int n, int concurrency, Duration deadline, Attempt attempt) throws InterruptedException {
        Semaphore permits = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(n);
        Latencies latencies = new Latencies(n);
        Map<String, Integer> failures = new TreeMap<>();
        AtomicLong last = new AtomicLong();
        CpuSplit split = CpuSplit.snapshot();
        long cpu = processCpuNanos();
        long first = System.nanoTime();
        for (int i = 0; i < n; i++) {
            permits.acquire();
            long start = System.nanoTime();
            CompletableFuture<Long> f;
            try {
                f = attempt.start(i);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            f.whenComplete((end, error) -> {
                synchronized (failures) {
                    if (error == null) {
                        latencies.add(end - start);
                        last.accumulateAndGet(end, Math::max);
                    } else {
                        failures.merge(reason(error), 1, Integer::sum);
                        last.accumulateAndGet(System.nanoTime(), Math::max);
                    }
                }
                permits.release();
                done.countDown();
            });
        }
        if (!done.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("round did not end: " + done.getCount() + " attempts outstanding");
        }
        long cpuUsed = processCpuNanos() - cpu;
        long serverUsed = split.serverNanos();
        synchronized (failures) {
            long wall = Math.max(last.get(), first + 1) - first;
            return new Result(n, wall, latencies, new TreeMap<>(failures), cpuUsed, serverUsed);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    private static String reason(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (c instanceof TimeoutException) {
            return "timed out";
        }
        String m = c.getMessage();
        return c.getClass().getSimpleName()
            + (m == null ? "" : ": " + m.replaceAll("\\d+\\.\\d+\\.\\d+\\.\\d+:\\d+", "<address>"));
    }
}

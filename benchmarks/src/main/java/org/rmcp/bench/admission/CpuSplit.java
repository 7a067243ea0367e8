package org.rmcp.bench.admission;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the server end's threads (the {@code RmcpServer} network threads {@code rmcp-accept-*},
 * {@code rmcp-server-*} and the SM timer {@code sm-tick}) since a snapshot. Only one path runs at
 * a time, so the idle server of the other path adds nothing. The rest of the process's CPU is the
 * MA/client end and the harness.
 */
final class CpuSplit {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = new HashMap<>();

    private CpuSplit() {
    }

    /** @return a snapshot of every live server-end thread's CPU time */
    static CpuSplit snapshot() {
        CpuSplit s = new CpuSplit();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (serverEnd(t.getName())) {
                s.start.put(t.getId(), Math.max(0, THREADS.getThreadCpuTime(t.getId())));
            }
        }
        return s;
    }

    /** @return CPU nanoseconds the server-end threads used since the snapshot (threads started since count in full) */
    long serverNanos() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (serverEnd(t.getName())) {
                long now = THREADS.getThreadCpuTime(t.getId());
                if (now >= 0) {
                    sum += now - start.getOrDefault(t.getId(), 0L);
                }
            }
        }
        return sum;
    }

    private static boolean serverEnd(String name) {
        return name.startsWith("rmcp-server-") || name.startsWith("rmcp-accept-") || name.equals("sm-tick");
    }
}

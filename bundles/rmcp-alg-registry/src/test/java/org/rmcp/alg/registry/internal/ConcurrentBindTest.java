package org.rmcp.alg.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.alg.registry.internal.Fakes.algorithm;
import static org.rmcp.alg.registry.internal.Fakes.props;
import static org.rmcp.api.AlgorithmType.EN_DEC;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmListener;
import org.rmcp.spi.SecurityAlgorithm;

/** Smoke test: concurrent bind/unbind and queries on a bounded pool leave a consistent registry. */
class ConcurrentBindTest {
    private static final int WRITERS = 4;
    private static final int ROUNDS = 500;

    @Test
    void concurrentBindUnbindAndQueries() throws Exception {
        AlgorithmRegistryComponent registry = new AlgorithmRegistryComponent();
        AtomicInteger balance = new AtomicInteger();
        registry.addListener(new AlgorithmListener() {
            @Override
            public void added(AlgorithmInfo info) {
                balance.incrementAndGet();
            }

            @Override
            public void removed(AlgorithmInfo info) {
                balance.decrementAndGet();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                futures.add(pool.submit(() -> writer(registry, writer, start)));
            }
            for (int r = 0; r < 2; r++) {
                futures.add(pool.submit(() -> reader(registry, start)));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        // each writer leaves its last odd round bound: one service per writer, all code 1
        assertEquals(WRITERS, registry.list().size());
        assertEquals(WRITERS, balance.get());
        assertEquals(List.of(1), List.copyOf(registry.codes(EN_DEC)));
    }

    private static Void writer(AlgorithmRegistryComponent registry, int writer, CountDownLatch start) throws Exception {
        start.await();
        SecurityAlgorithm alg = algorithm(EN_DEC, 1, "AES-" + writer, false, null);
        for (int i = 0; i < ROUNDS; i++) {
            Map<String, Object> p = props(EN_DEC, 1, writer * 10_000L + i, i % 3);
            Fakes.bind(registry, EN_DEC, alg, p);
            if (i < ROUNDS - 1) {
                Fakes.unbind(registry, EN_DEC, p);
            }
        }
        return null;
    }

    private static Void reader(AlgorithmRegistryComponent registry, CountDownLatch start) throws Exception {
        start.await();
        for (int i = 0; i < ROUNDS * 4; i++) {
            List<AlgorithmInfo> list = registry.list();
            for (AlgorithmInfo info : list) {
                assertEquals(1, info.code());
            }
            registry.find(EN_DEC, 1).ifPresent(a -> assertEquals(1, a.code()));
            assertTrue(registry.codes(EN_DEC).size() <= 1);
        }
        return null;
    }
}

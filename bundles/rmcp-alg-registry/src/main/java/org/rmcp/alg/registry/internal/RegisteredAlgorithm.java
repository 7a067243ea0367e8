package org.rmcp.alg.registry.internal;

import java.util.Comparator;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.spi.SecurityAlgorithm;

/**
 * One algorithm service the registry accepted: what {@code rmcp:alg-list} shows plus what is
 * needed to pick the best of several services with the same code (X.603.1 Amd.1 Table 10).
 *
 * @param info the row shown to operators and listeners
 * @param service the service object
 * @param serviceId {@code service.id}
 * @param ranking {@code service.ranking} (0 when absent or not an Integer, as in OSGi core 5.2.5)
 */
record RegisteredAlgorithm(AlgorithmInfo info, SecurityAlgorithm service, long serviceId, int ranking) {
    /** Best first: highest ranking, then lowest service id (the OSGi service selection rule). */
    static final Comparator<RegisteredAlgorithm> BEST_FIRST = Comparator
        .comparingInt(RegisteredAlgorithm::ranking).reversed()
        .thenComparingLong(RegisteredAlgorithm::serviceId);

    /** Ordered by type, code, then {@link #BEST_FIRST}: the order of {@code list()}. */
    static final Comparator<RegisteredAlgorithm> LIST_ORDER = Comparator
        .comparing((RegisteredAlgorithm r) -> r.info().type())
        .thenComparingInt(r -> r.info().code())
        .thenComparing(BEST_FIRST);
}

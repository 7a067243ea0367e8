package org.rmcp.alg.registry.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmType;

/**
 * The registry's state: accepted services by {@code service.id}, with an immutable snapshot
 * rebuilt on every change so queries never lock (binds are rare, lookups are per session).
 * Thread-safe: mutations are serialised on this object, the snapshot is published through a
 * volatile field.
 */
final class AlgorithmTable {
    /** One service may be registered under several SPIs, so the key is type and service id. */
    private record Key(AlgorithmType type, long serviceId) {
    }

    private final Map<Key, RegisteredAlgorithm> entries = new HashMap<>();
    private volatile Snapshot snapshot = Snapshot.of(List.of());

    /** Adds or replaces the entry of the same type and service id; returns the replaced one. */
    synchronized Optional<RegisteredAlgorithm> put(RegisteredAlgorithm entry) {
        RegisteredAlgorithm old = entries.put(new Key(entry.info().type(), entry.serviceId()), entry);
        snapshot = Snapshot.of(entries.values());
        return Optional.ofNullable(old);
    }

    /** Removes the {@code type} entry of service {@code serviceId}; returns it if it was there. */
    synchronized Optional<RegisteredAlgorithm> remove(AlgorithmType type, long serviceId) {
        RegisteredAlgorithm old = entries.remove(new Key(type, serviceId));
        if (old != null) {
            snapshot = Snapshot.of(entries.values());
        }
        return Optional.ofNullable(old);
    }

    SortedSet<Integer> codes(AlgorithmType type) {
        return snapshot.codes.get(type);
    }

    /** @return the best-ranked service of that type and code */
    Optional<RegisteredAlgorithm> best(AlgorithmType type, int code) {
        List<RegisteredAlgorithm> candidates = snapshot.byCode.get(type).get(code);
        return candidates == null ? Optional.empty() : Optional.of(candidates.get(0));
    }

    List<AlgorithmInfo> list() {
        return snapshot.infos;
    }

    /** An immutable view of one moment. */
    private static final class Snapshot {
        final Map<AlgorithmType, Map<Integer, List<RegisteredAlgorithm>>> byCode = new EnumMap<>(AlgorithmType.class);
        final Map<AlgorithmType, SortedSet<Integer>> codes = new EnumMap<>(AlgorithmType.class);
        final List<AlgorithmInfo> infos;

        private Snapshot(List<RegisteredAlgorithm> sorted) {
            for (AlgorithmType t : AlgorithmType.values()) {
                byCode.put(t, new TreeMap<>());
            }
            List<AlgorithmInfo> all = new ArrayList<>(sorted.size());
            for (RegisteredAlgorithm r : sorted) {
                byCode.get(r.info().type()).computeIfAbsent(r.info().code(), c -> new ArrayList<>()).add(r);
                all.add(r.info());
            }
            for (AlgorithmType t : AlgorithmType.values()) {
                codes.put(t, Collections.unmodifiableSortedSet(new TreeSet<>(byCode.get(t).keySet())));
            }
            infos = List.copyOf(all);
        }

        static Snapshot of(Iterable<RegisteredAlgorithm> entries) {
            List<RegisteredAlgorithm> sorted = new ArrayList<>();
            entries.forEach(sorted::add);
            sorted.sort(RegisteredAlgorithm.LIST_ORDER);
            return new Snapshot(sorted);
        }
    }
}

package org.rmcp.bench.admission;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.api.alg.GkNames;
import org.rmcp.spi.SecurityAlgorithm;

/**
 * What an MA's container answers "which algorithms run here" from (X.603.1 Amd.1 10.1.3): a fixed
 * code set holding every item of the harness's policy, so no MA asks SECALGREQ (10.1.4) and none
 * is provisioned. Immutable, thread-safe; one instance is shared by every MA of the run.
 */
final class HarnessRegistry implements AlgorithmRegistry {
    private final Map<AlgorithmType, Set<Integer>> codes = new EnumMap<>(AlgorithmType.class);

    HarnessRegistry() {
        codes.put(AlgorithmType.GK, Set.of(GkNames.KDC));
        codes.put(AlgorithmType.MEM_AUTH, Set.of(AuthNames.MEM_AUTH));
        codes.put(AlgorithmType.AUTH, Set.of(AuthIds.HMAC_SHA1));
        codes.put(AlgorithmType.EN_DEC, Set.of(EnDecIds.AES_128_CBC));
    }

    @Override
    public Set<Integer> codes(AlgorithmType type) {
        return new TreeSet<>(codes.getOrDefault(type, Set.of()));
    }

    @Override
    public boolean has(AlgorithmType type, int code) {
        return codes.getOrDefault(type, Set.of()).contains(code);
    }

    @Override
    public Optional<SecurityAlgorithm> find(AlgorithmType type, int code) {
        return Optional.empty(); // the MA state logic asks only for codes
    }

    @Override
    public List<AlgorithmInfo> list() {
        return List.of();
    }
}

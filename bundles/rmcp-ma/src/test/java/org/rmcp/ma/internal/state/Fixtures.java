package org.rmcp.ma.internal.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Octets;
import org.rmcp.codec.SmaPropose;
import org.rmcp.provisioning.Offer;
import org.rmcp.spi.SecurityAlgorithm;

/** Test data for the MA state objects: configurations, a hand-filled registry, offers. */
final class Fixtures {
    static final long SID = 0x0123456789ABCDEFL;
    static final Maid MAID = Maid.parse("10.0.0.7:7000");
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final SmaPropose PROPOSAL = new SmaPropose(GpAttribute.OPEN, GkMecha.BACKWARD_FORWARD, EnDecIds.SEED);

    private Fixtures() {
    }

    static MaConfig config(NodeType role) {
        return new MaConfig(role, SID, MAID, null, role == NodeType.SMA ? PROPOSAL : null,
            Map.of(GkNames.KDC, 1), Map.of(EnDecIds.SEED, 1, EnDecIds.AES_128_CBC, 2), Map.of(AuthIds.HMAC_SHA1, 1),
            TIMEOUT);
    }

    static MaConfig closedRma(byte[] servUserId) {
        return new MaConfig(NodeType.RMA, SID, MAID, Octets.of(servUserId), null, Map.of(), Map.of(), Map.of(), TIMEOUT);
    }

    static Offer offer(AlgorithmType type, int code) {
        return new Offer("org.rmcp.x" + code, "1.0.0", type, code, "ab".repeat(32), "bundles/x" + code + ".jar", 1000);
    }

    /** @return a registry with GK KDC, MEM_AUTH 1, HMAC-SHA1, AES-128-CBC and SEED */
    static FakeRegistry full() {
        FakeRegistry r = new FakeRegistry();
        r.add(AlgorithmType.GK, GkNames.KDC);
        r.add(AlgorithmType.MEM_AUTH, AuthNames.MEM_AUTH);
        r.add(AlgorithmType.AUTH, AuthIds.HMAC_SHA1);
        r.add(AlgorithmType.EN_DEC, EnDecIds.AES_128_CBC);
        r.add(AlgorithmType.EN_DEC, EnDecIds.SEED);
        return r;
    }

    /** An AlgorithmRegistry over a code set the test edits; {@code find} is not used by the MA. */
    static final class FakeRegistry implements AlgorithmRegistry {
        private final Map<AlgorithmType, Set<Integer>> codes = new EnumMap<>(AlgorithmType.class);

        FakeRegistry add(AlgorithmType type, int code) {
            codes.computeIfAbsent(type, t -> new TreeSet<>()).add(code);
            return this;
        }

        FakeRegistry remove(AlgorithmType type, int code) {
            codes.getOrDefault(type, new TreeSet<>()).remove(code);
            return this;
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
            return Optional.empty();
        }

        @Override
        public List<AlgorithmInfo> list() {
            return new ArrayList<>();
        }
    }
}

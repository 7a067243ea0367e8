package org.rmcp.sm.internal.state;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.rmcp.api.AlgorithmType;
import org.rmcp.codec.AuthAlgCapab;
import org.rmcp.codec.EnDecCapab;
import org.rmcp.codec.GkMechCapab;
import org.rmcp.codec.Maid;
import org.rmcp.codec.SecAgReq;

/**
 * What one server-side MA said it can run, from the *_CAPAB controls of its SECAGREQ
 * (X.603.1 Amd.1 11.2.5.3-11.2.5.5): PREFER per code and table, 1 the highest. A code listed
 * twice keeps its best PREFER.
 *
 * @param maid the sender
 * @param prefer PREFER per code, per table (EN_DEC, AUTH, GK)
 */
public record Capabilities(Maid maid, Map<AlgorithmType, Map<Integer, Integer>> prefer) {
    /** @return the capabilities carried by {@code req} */
    public static Capabilities of(SecAgReq req) {
        Map<AlgorithmType, Map<Integer, Integer>> m = new EnumMap<>(AlgorithmType.class);
        for (EnDecCapab c : req.enDecCapab()) {
            put(m, AlgorithmType.EN_DEC, c.enDecId(), c.prefer());
        }
        for (AuthAlgCapab c : req.authAlgCapab()) {
            put(m, AlgorithmType.AUTH, c.authId(), c.prefer());
        }
        for (GkMechCapab c : req.gkMechCapab()) {
            put(m, AlgorithmType.GK, c.gkName(), c.prefer());
        }
        return new Capabilities(req.maid(), m);
    }

    private static void put(Map<AlgorithmType, Map<Integer, Integer>> m, AlgorithmType t, int code, int prefer) {
        m.computeIfAbsent(t, k -> new HashMap<>()).merge(code, prefer, Math::min);
    }

    /** @return the PREFER given to {@code code} of {@code type}, empty if the MA does not hold it */
    public OptionalInt prefer(AlgorithmType type, int code) {
        Integer p = prefer.getOrDefault(type, Map.of()).get(code);
        return p == null ? OptionalInt.empty() : OptionalInt.of(p);
    }

    /** @return the largest PREFER value the clause allows for {@code type} (11.2.5.3-11.2.5.5) */
    public static int maxPrefer(AlgorithmType type) {
        switch (type) {
            case EN_DEC:
                return EnDecCapab.MAX_PREFER;
            case AUTH:
                return AuthAlgCapab.MAX_PREFER;
            case GK:
                return GkMechCapab.MAX_PREFER;
            default:
                throw new IllegalArgumentException("no capability control for " + type);
        }
    }
}

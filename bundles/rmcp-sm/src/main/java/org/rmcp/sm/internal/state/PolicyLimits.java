package org.rmcp.sm.internal.state;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rmcp.api.AlgorithmType;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;

/**
 * What the SM itself allows in a session's policy (X.603.1 Amd.1 10.1.3, Table 10): its allowed
 * codes per algorithm table in the operator's order of preference, the GK_MECHA values it
 * accepts, the configured GP_ATTRIBUTE, and the codes its repository can provision (10.1.4).
 *
 * @param groupAttribute the configured GP_ATTRIBUTE
 * @param gkMechas accepted GK_MECHA values, preferred first
 * @param allowed allowed codes per table (EN_DEC, AUTH, GK), preferred first
 * @param provisionable codes the SM can deliver per table (EN_DEC, AUTH, GK, MEM_AUTH)
 */
public record PolicyLimits(GpAttribute groupAttribute, List<GkMecha> gkMechas, Map<AlgorithmType, List<Integer>> allowed,
        Map<AlgorithmType, Set<Integer>> provisionable) {
    /** Copies the collections. */
    public PolicyLimits {
        gkMechas = List.copyOf(gkMechas);
        Map<AlgorithmType, List<Integer>> a = new EnumMap<>(AlgorithmType.class);
        allowed.forEach((k, v) -> a.put(k, List.copyOf(v)));
        allowed = a;
        Map<AlgorithmType, Set<Integer>> p = new EnumMap<>(AlgorithmType.class);
        provisionable.forEach((k, v) -> p.put(k, Set.copyOf(v)));
        provisionable = p;
    }

    /** @return the allowed codes of {@code type}, preferred first (empty if none configured) */
    public List<Integer> allowed(AlgorithmType type) {
        return allowed.getOrDefault(type, List.of());
    }

    /** @return whether the SM's repository can deliver {@code code} of {@code type} */
    public boolean provisionable(AlgorithmType type, int code) {
        return provisionable.getOrDefault(type, Set.of()).contains(code);
    }
}

package org.rmcp.sm.internal.state;

import java.util.List;
import java.util.OptionalInt;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.codec.AuthAttribute;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.SmaPropose;
import org.rmcp.sm.api.SecurityPolicy;

/**
 * Chooses a session's security policy from the SECAGREQs collected until Security Agree.time
 * (X.603.1 Amd.1 10.1.3, 10.1.4.1, Table 10). The clause leaves the rule to the SM; ours
 * (docs/policy.md):
 * <ol>
 * <li>Candidates of an algorithm item (CON_EN_DEC_ID and GK_EN_DEC_ID from Table 16, AUTH_ID from
 *     Table 17, GK_NAME from Table 20): codes on the SM's allowed list that every server-side MA
 *     (the SMA and each DMA whose SECAGREQ arrived in time) lists in its *_CAPAB controls or that
 *     the SM can provision.</li>
 * <li>Score: the sum over those MAs of the code's PREFER; an MA that would need the module
 *     provisioned counts MAX_PREFER + 1, worse than any preference it listed. Lowest sum wins
 *     (PREFER 1 is the highest priority).</li>
 * <li>Ties: the code earlier on the SM's allowed list (the operator's order) wins.</li>
 * <li>CON_EN_DEC_ID: the SMA's proposal (SMA_PROPOSE) when it is a candidate, else rules 2-3;
 *     GK_EN_DEC_ID: rules 2-3 over the same candidates.</li>
 * <li>GK_MECHA: the SMA's proposal when the SM accepts it, else the SM's first accepted value.</li>
 * <li>GP_ATTRIBUTE: CLOSED when the operator configured a closed group; otherwise the SMA's
 *     proposal (the SMA may close an open group, never open a closed one).</li>
 * <li>AUTH_MECH: MEMBERSHIP / MEM_AUTH, the only codes of Tables 21 and 22 (11.2.6.3).</li>
 * </ol>
 * An item without a candidate throws {@link NoPolicyException} naming the item: the session fails.
 */
public final class PolicyChooser {
    private PolicyChooser() {
    }

    /**
     * @param limits what the SM allows and can provision
     * @param proposal the SMA's SMA_PROPOSE
     * @param mas the capabilities of the SMA and of every DMA that took part
     * @return the policy
     * @throws NoPolicyException if an item has no candidate
     */
    public static SecurityPolicy choose(PolicyLimits limits, SmaPropose proposal, List<Capabilities> mas) {
        GpAttribute gp = limits.groupAttribute() == GpAttribute.CLOSED ? GpAttribute.CLOSED : proposal.gpAttribute();
        GkMecha mecha = limits.gkMechas().contains(proposal.gkMecha()) ? proposal.gkMecha()
            : limits.gkMechas().stream().findFirst().orElseThrow(
                () -> new NoPolicyException("GK_MECHA: the SM accepts no value (gkMechas is empty)"));
        List<Integer> enDec = candidates(limits, AlgorithmType.EN_DEC, mas);
        int con = enDec.contains(proposal.conEnDecId()) ? proposal.conEnDecId() : best("CON_EN_DEC_ID", enDec,
            AlgorithmType.EN_DEC, mas);
        int gkEnDec = best("GK_EN_DEC_ID", enDec, AlgorithmType.EN_DEC, mas);
        int auth = best("AUTH_ID", candidates(limits, AlgorithmType.AUTH, mas), AlgorithmType.AUTH, mas);
        int gkName = best("GK_NAME", candidates(limits, AlgorithmType.GK, mas), AlgorithmType.GK, mas);
        return new SecurityPolicy(gp, mecha, gkName, AuthAttribute.MEMBERSHIP, AuthNames.MEM_AUTH, con, gkEnDec, auth);
    }

    /** @return allowed codes of {@code type}, in the SM's order, that every MA holds or can be provisioned with */
    static List<Integer> candidates(PolicyLimits limits, AlgorithmType type, List<Capabilities> mas) {
        return limits.allowed(type).stream()
            .filter(code -> limits.provisionable(type, code) || mas.stream().allMatch(m -> m.prefer(type, code).isPresent()))
            .toList();
    }

    /** @return the combined preference of {@code code}: lower is better */
    static int score(AlgorithmType type, int code, List<Capabilities> mas) {
        int missing = Capabilities.maxPrefer(type) + 1;
        int sum = 0;
        for (Capabilities m : mas) {
            OptionalInt p = m.prefer(type, code);
            sum += p.isPresent() ? p.getAsInt() : missing;
        }
        return sum;
    }

    private static int best(String item, List<Integer> candidates, AlgorithmType type, List<Capabilities> mas) {
        Integer best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int code : candidates) { // allowed-list order: a later code must score strictly lower
            int s = score(type, code, mas);
            if (s < bestScore) {
                best = code;
                bestScore = s;
            }
        }
        if (best == null) {
            throw new NoPolicyException(item + ": no code on the SM's allowed list is held by every server-side MA "
                + "or provisionable by the SM");
        }
        return best;
    }
}

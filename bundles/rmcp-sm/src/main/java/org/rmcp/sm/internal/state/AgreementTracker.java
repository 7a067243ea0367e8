package org.rmcp.sm.internal.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rmcp.api.AlgorithmType;
import org.rmcp.codec.SecAgAns;
import org.rmcp.codec.SecAlgReq;
import org.rmcp.codec.SecReturnCode;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.Protection;
import org.rmcp.sm.api.SecurityPolicy;

/**
 * SECLIST delivery and its acknowledgement, X.603.1 Amd.1 10.1.4, 11.2.6-11.2.8, Table 24.
 * SEC_RETURN handling (our reading of Table 24, docs/policy.md): OK configures the MA;
 * RETRANSMISSION_REQ, and no SECAGANS within the answer timeout, resend SECLIST up to
 * {@code maxRetransmits} times, then evict; ERROR (an authentication error) and FAILED
 * CONFIGURATION evict at once. SECALGREQ for a module of the policy that the SM can provision
 * becomes a {@link Effect.Provision} and gives the MA the provisioning timeout to answer.
 */
public final class AgreementTracker {
    /**
     * @param answerTimeout how long a SECAGANS may take after SECLIST
     * @param provisionTimeout how long it may take after SECALGREQ
     * @param maxRetransmits SECLIST retransmissions before eviction
     */
    public record Timing(Duration answerTimeout, Duration provisionTimeout, int maxRetransmits) {
    }

    private final long sessionId;
    private final Timing timing;
    private final PolicyLimits limits;
    private final Evictions evictions;

    public AgreementTracker(long sessionId, Timing timing, PolicyLimits limits, Evictions evictions) {
        this.sessionId = sessionId;
        this.timing = timing;
        this.limits = limits;
        this.evictions = evictions;
    }

    /** @return the first SECLIST to {@code m} (Ks-protected to SMA and DMAs, KTLS to RMAs) */
    public List<Effect> send(Member m, SecurityPolicy policy, Instant now) {
        m.retransmits(0);
        return List.of(secList(m, policy, now));
    }

    /** @return what SEC_RETURN of {@code ans} calls for (Table 24) */
    public List<Effect> onAnswer(Member m, SecAgAns ans, SecurityPolicy policy, Instant now) {
        if (!m.awaitingAnswer()) {
            return List.of(new Effect.Discard(m.link(), ans, "no SECLIST outstanding for " + m.maid()));
        }
        SecReturnCode code = ans.secReturn().secReturn();
        switch (code) {
            case OK:
                m.moveTo(MemberState.CONFIGURED, now);
                m.ackDeadline(null);
                return List.of();
            case RETRANSMISSION_REQ:
                return retransmit(m, policy, now, "SEC_RETURN RETRANSMISSION_REQ (0x03)");
            case ERROR:
                return evictions.evict(m, "SEC_RETURN ERROR (0x02): error found on authentication", now);
            default:
                return evictions.evict(m, "SEC_RETURN FAILED CONFIGURATION (0x04)", now);
        }
    }

    /** @return retransmissions (or evictions) for every member whose answer is overdue */
    public List<Effect> onTick(List<Member> members, SecurityPolicy policy, Instant now) {
        List<Effect> out = new ArrayList<>();
        for (Member m : members) {
            if (m.awaitingAnswer() && m.ackDeadline() != null && !now.isBefore(m.ackDeadline())) {
                out.addAll(retransmit(m, policy, now, "no SECAGANS in time"));
            }
        }
        return out;
    }

    /** @return a Provision per requested module the policy selected and the SM can deliver; Discard for the rest */
    public List<Effect> onAlgRequest(Member m, SecAlgReq req, SecurityPolicy policy, Instant now) {
        if (!m.awaitingAnswer()) {
            return List.of(new Effect.Discard(m.link(), req, "no SECLIST outstanding for " + m.maid()));
        }
        List<Effect> out = new ArrayList<>();
        if (req.gkMechDeliver() != null) {
            out.add(module(m, req, AlgorithmType.GK, "GK_NAME", req.gkMechDeliver().gkName(), policy.gkName()));
        }
        if (req.authMechDeliver() != null) {
            out.add(module(m, req, AlgorithmType.MEM_AUTH, "AUTH_NAME", req.authMechDeliver().authName(),
                policy.authName()));
        }
        if (req.conEnDecDeliver() != null) {
            out.add(module(m, req, AlgorithmType.EN_DEC, "CON_EN_DEC_ID", req.conEnDecDeliver().conEnDecId(),
                policy.conEnDecId()));
        }
        if (req.gkEnDecDeliver() != null) {
            out.add(module(m, req, AlgorithmType.EN_DEC, "GK_EN_DEC_ID", req.gkEnDecDeliver().gkEnDecId(),
                policy.gkEnDecId()));
        }
        if (req.authAlgDeliver() != null) {
            out.add(module(m, req, AlgorithmType.AUTH, "AUTH_ID", req.authAlgDeliver().authId(), policy.authId()));
        }
        if (out.stream().anyMatch(e -> e instanceof Effect.Provision)) {
            m.moveTo(MemberState.PROVISIONING, now);
            m.ackDeadline(now.plus(timing.provisionTimeout()));
        }
        return out;
    }

    private Effect module(Member m, SecAlgReq req, AlgorithmType type, String item, int asked, int selected) {
        if (asked != selected) {
            return new Effect.Discard(m.link(), req, String.format("%s 0x%02X is not the policy's 0x%02X", item, asked,
                selected));
        }
        if (!limits.provisionable(type, asked)) {
            return new Effect.Discard(m.link(), req, String.format("the SM cannot provision %s 0x%02X", item, asked));
        }
        return new Effect.Provision(m.maid(), m.link(), type, asked);
    }

    private List<Effect> retransmit(Member m, SecurityPolicy policy, Instant now, String why) {
        if (m.retransmits() >= timing.maxRetransmits()) {
            return evictions.evict(m, why + " after " + m.retransmits() + " SECLIST retransmission(s)", now);
        }
        m.retransmits(m.retransmits() + 1);
        return List.of(secList(m, policy, now));
    }

    private Effect secList(Member m, SecurityPolicy policy, Instant now) {
        m.moveTo(MemberState.CONFIGURING, now);
        m.ackDeadline(now.plus(timing.answerTimeout()));
        Protection p = m.serverSide() ? Protection.KS : Protection.KTLS;
        return new Effect.Send(m.maid(), m.link(), p, policy.toSecList(sessionId, m.maid()));
    }
}

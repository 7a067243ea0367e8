package org.rmcp.sm.internal.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.SecAgReq;
import org.rmcp.codec.SmaPropose;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.SecurityPolicy;
import org.rmcp.sm.api.SessionPhase;

/**
 * Establishment of the security policy, X.603.1 Amd.1 10.1.3-10.1.4: collects SECAGREQ from the
 * SMA and DMAs for Security Agree.time from the first one (our choice, docs/policy.md), then chooses the policy
 * ({@link PolicyChooser}) and sends SECLIST to each. An MA asking after that (a late DMA, an RMA,
 * 10.1.4.2) gets SECLIST of the established policy; its *_CAPAB controls are ignored (11.2.5.1 g).
 * The session is OPEN once no SMA or DMA owes a SECAGANS.
 */
public final class PolicyNegotiator {
    private final PolicyLimits limits;
    private final Duration agreeTime;
    private final MemberTable members;
    private final Lifecycle life;
    private final AgreementTracker tracker;
    private final Map<Maid, Capabilities> collected = new LinkedHashMap<>();
    private SmaPropose proposal;
    private Instant deadline;
    private SecurityPolicy policy;

    public PolicyNegotiator(PolicyLimits limits, Duration agreeTime, MemberTable members, Lifecycle life,
                            AgreementTracker tracker) {
        this.limits = limits;
        this.agreeTime = agreeTime;
        this.members = members;
        this.life = life;
        this.tracker = tracker;
    }

    /** @return the chosen policy */
    public Optional<SecurityPolicy> policy() {
        return Optional.ofNullable(policy);
    }

    /** @return when the agreement window closes, once it opened and until the policy is chosen */
    public Optional<Instant> deadline() {
        return policy == null ? Optional.ofNullable(deadline) : Optional.empty();
    }

    /** SECAGREQ from admitted member {@code m}. */
    public List<Effect> onRequest(Member m, SecAgReq req, Instant now) {
        if (policy != null) {
            return tracker.send(m, policy, now);
        }
        if (!m.serverSide()) {
            return List.of(new Effect.Discard(m.link(), req, "an RMA asks only once the policy exists"));
        }
        collected.put(m.maid(), Capabilities.of(req));
        if (m.nodeType() == NodeType.SMA) {
            proposal = req.smaPropose();
        }
        m.moveTo(MemberState.REQUESTED, now);
        if (deadline == null) {
            deadline = now.plus(agreeTime);
            life.agreeing();
        }
        return List.of();
    }

    /** @return the policy decision once Security Agree.time is over; answer timeouts afterwards */
    public List<Effect> onTick(Instant now) {
        if (life.failed()) {
            return List.of();
        }
        if (policy != null) {
            return tracker.onTick(members.all(), policy, now);
        }
        if (deadline == null || now.isBefore(deadline)) {
            return List.of();
        }
        return decide(now);
    }

    /** Moves CONFIGURING to OPEN once every SMA and DMA has answered. */
    public void settle() {
        if (life.phase() == SessionPhase.CONFIGURING && members.serverSide().stream().noneMatch(Member::awaitingAnswer)) {
            life.open();
        }
    }

    private List<Effect> decide(Instant now) {
        List<Member> requesters = new ArrayList<>();
        List<Capabilities> caps = new ArrayList<>();
        collected.forEach((maid, c) -> members.active(maid).ifPresent(m -> {
            requesters.add(m);
            caps.add(c);
        }));
        if (proposal == null || requesters.stream().noneMatch(m -> m.nodeType() == NodeType.SMA)) {
            return life.fail("no SECAGREQ from the SMA within Security Agree.time (" + agreeTime.toMillis() + " ms)");
        }
        try {
            policy = PolicyChooser.choose(limits, proposal, caps);
        } catch (NoPolicyException e) {
            return life.fail("no security policy: " + e.getMessage());
        }
        life.configuring();
        List<Effect> out = new ArrayList<>();
        for (Member m : requesters) {
            out.addAll(tracker.send(m, policy, now));
        }
        return out;
    }
}

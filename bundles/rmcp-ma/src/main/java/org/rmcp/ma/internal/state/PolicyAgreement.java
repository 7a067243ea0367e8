package org.rmcp.ma.internal.state;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecAgAns;
import org.rmcp.codec.SecList;
import org.rmcp.codec.SecModule;
import org.rmcp.codec.SecReturn;
import org.rmcp.codec.SecReturnCode;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;

/**
 * The MA side of security policy agreement (X.603.1 Amd.1 10.1.3-10.1.4): SECAGREQ from the
 * container's algorithms; on SECLIST, SECAGANS OK if every chosen item runs here, else SECALGREQ
 * for the missing ones; SECMODULE (docs/spec-notes.md 2.7) becomes Provision effects; when every
 * result is in and every item runs, SECAGANS OK, otherwise FAILED CONFIGURATION (Table 24 0x04).
 * A timeout on the injected clock while waiting for SECMODULE or provisioning also fails. Our
 * choice (the clause sets no timer for it): while no SECLIST has come, SECAGREQ is sent again
 * every {@link #SECAGREQ_RETRY} (a sealed message can be lost in a burst of Ks changes; the SM
 * treats a repeat as the same request), at most {@link #SECAGREQ_MAX_SENDS} times in all, then the
 * agreement fails.
 * Not thread-safe: the owner serialises messages, results and ticks per session.
 */
public final class PolicyAgreement {
    /** Where the agreement stands. */
    public enum State { IDLE, REQUESTED, AWAITING_MODULE, PROVISIONING, AGREED, FAILED }

    /** How long the MA waits for SECLIST before sending SECAGREQ again. */
    public static final java.time.Duration SECAGREQ_RETRY = java.time.Duration.ofSeconds(10);
    /** How many times SECAGREQ is sent at most. */
    public static final int SECAGREQ_MAX_SENDS = 6;

    private final MaConfig config;
    private final Subscriber subscriber;
    private final AlgorithmRegistry registry;
    private State state = State.IDLE;
    private SecList policy;
    private List<PolicyItem> missing = List.of();
    private final Set<Offer> pending = new LinkedHashSet<>();
    private Instant deadline;
    private SecAgAns answer;
    private RmcpMessage request;
    private Instant requestDeadline;
    private int requestsSent;

    public PolicyAgreement(MaConfig config, Subscriber subscriber, AlgorithmRegistry registry) {
        this.config = config;
        this.subscriber = subscriber;
        this.registry = registry;
    }

    /** @return SECAGREQ built from the registry now (11.2.5) */
    public List<Effect> start() {
        if (!subscriber.subscribed() || state != State.IDLE) {
            throw new IllegalStateException("SECAGREQ goes once, after SUBSANS OK; state " + state);
        }
        state = State.REQUESTED;
        request = CapabilityRequest.build(config, registry);
        requestsSent = 1;
        return List.of(send(request));
    }

    /** @return the answer to the SM's selected policy (10.1.3) */
    public List<Effect> onSecList(SecList list, Instant now) {
        String wrong = mismatch(list);
        if (wrong != null) {
            return ignored(list, wrong);
        }
        if (state == State.AGREED || state == State.FAILED) {
            // our choice: the SM retransmits SECLIST when SECAGANS is late (Table 24); repeat our answer
            return list.equals(policy) ? List.of(send(answer)) : ignored(list, "a different SECLIST after " + state);
        }
        if (state == State.AWAITING_MODULE || state == State.PROVISIONING) {
            return ignored(list, "duplicate SECLIST while " + state);
        }
        policy = list;
        missing = PolicyItem.missing(PolicyItem.of(list), registry);
        if (missing.isEmpty()) {
            return agreed();
        }
        state = State.AWAITING_MODULE;
        deadline = now.plus(config.provisionTimeout());
        return List.of(send(PolicyItem.request(config, missing)));
    }

    /** @return Provision effects for the offers of {@code m}, or FAILED CONFIGURATION if they do not fit */
    public List<Effect> onSecModule(SecModule m, Instant now) {
        String wrong = mismatch(m);
        if (wrong != null || state != State.AWAITING_MODULE) {
            return ignored(m, wrong != null ? wrong : "no SECALGREQ outstanding (" + state + ")");
        }
        URI base;
        Set<Offer> offers = new LinkedHashSet<>();
        try {
            base = URI.create(m.repository());
            for (String line : m.offers()) {
                offers.add(Offer.parse(line));
            }
        } catch (IllegalArgumentException e) {
            return fail("malformed SECMODULE: " + e.getMessage());
        }
        for (Offer o : offers) {
            if (missing.stream().noneMatch(i -> i.type() == o.type() && i.code() == o.code())) {
                return fail("SECMODULE offers " + o.type() + " 0x" + Integer.toHexString(o.code()) + ", not asked for");
            }
        }
        for (PolicyItem i : missing) {
            if (offers.stream().noneMatch(o -> i.type() == o.type() && i.code() == o.code())) {
                return fail("SECMODULE offers nothing for " + i);
            }
        }
        state = State.PROVISIONING;
        pending.addAll(offers);
        List<Effect> out = new ArrayList<>();
        offers.forEach(o -> out.add(new Effect.Provision(o, base)));
        return out;
    }

    /** @return nothing until the last result; then SECAGANS OK or FAILED CONFIGURATION */
    public List<Effect> onProvisioned(ProvisioningResult result, Instant now) {
        if (state != State.PROVISIONING || !pending.contains(result.offer())) {
            return ignored(result, "no provisioning of " + result.offer().bsn() + " outstanding (" + state + ")");
        }
        if (!result.ok()) {
            return fail("provisioning " + result.offer().bsn() + " failed: " + result.reason());
        }
        pending.remove(result.offer());
        if (!pending.isEmpty()) {
            return List.of();
        }
        List<PolicyItem> still = PolicyItem.missing(PolicyItem.of(policy), registry);
        return still.isEmpty() ? agreed() : fail("still missing after provisioning: " + still);
    }

    /** @return FAILED CONFIGURATION if SECMODULE or provisioning is overdue at {@code now} */
    public List<Effect> onTick(Instant now) {
        if (state == State.REQUESTED) {
            if (requestDeadline == null) {
                requestDeadline = now.plus(SECAGREQ_RETRY); // the first tick after start() starts the clock
            } else if (!now.isBefore(requestDeadline)) {
                if (requestsSent >= SECAGREQ_MAX_SENDS) {
                    return fail("no SECLIST after " + requestsSent + " SECAGREQ");
                }
                requestsSent++;
                requestDeadline = now.plus(SECAGREQ_RETRY);
                return List.of(send(request));
            }
            return List.of();
        }
        if ((state == State.AWAITING_MODULE || state == State.PROVISIONING) && !now.isBefore(deadline)) {
            return fail(state == State.AWAITING_MODULE ? "no SECMODULE in time" : "provisioning did not finish in time");
        }
        return List.of();
    }

    /** @return where the agreement stands */
    public State state() {
        return state;
    }

    /** @return the SM's selected policy, once a SECLIST was accepted */
    public Optional<SecList> policy() {
        return Optional.ofNullable(policy);
    }

    private String mismatch(RmcpMessage m) {
        if (!subscriber.subscribed()) {
            return m.messageType() + " before subscription";
        }
        if (m.sessionId() != config.sessionId() || !m.maid().equals(config.maid())) {
            return m.messageType() + " for session 0x" + Long.toHexString(m.sessionId()) + ", MAID " + m.maid();
        }
        return null;
    }

    private List<Effect> agreed() {
        state = State.AGREED;
        answer = secAgAns(SecReturnCode.OK);
        return List.of(send(answer), new Effect.Agreed(policy));
    }

    private List<Effect> fail(String reason) {
        state = State.FAILED;
        pending.clear();
        answer = secAgAns(SecReturnCode.FAILED_CONFIGURATION);
        return List.of(send(answer), new Effect.Failed(reason));
    }

    private SecAgAns secAgAns(SecReturnCode code) {
        return new SecAgAns(config.role(), config.sessionId(), config.maid(), new SecReturn(code));
    }

    private Effect send(RmcpMessage m) {
        return new Effect.Send(m, Protection.toSm(config.role()));
    }

    private static List<Effect> ignored(Object subject, String reason) {
        return List.of(new Effect.Ignored(subject, reason));
    }
}

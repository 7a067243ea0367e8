package org.rmcp.sm.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.LeavAns;
import org.rmcp.codec.LeavReq;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Result;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecAgAns;
import org.rmcp.codec.SecAgReq;
import org.rmcp.codec.SecAlgReq;
import org.rmcp.codec.SubsReq;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.Link;
import org.rmcp.sm.api.MemberInfo;
import org.rmcp.sm.api.Protection;
import org.rmcp.sm.api.SecurityPolicy;
import org.rmcp.sm.api.SessionKey;
import org.rmcp.sm.api.SessionPhase;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.state.Admission;
import org.rmcp.sm.internal.state.AgreementTracker;
import org.rmcp.sm.internal.state.Evictions;
import org.rmcp.sm.internal.state.Lifecycle;
import org.rmcp.sm.internal.state.Member;
import org.rmcp.sm.internal.state.MemberTable;
import org.rmcp.sm.internal.state.PolicyNegotiator;
import org.rmcp.sm.internal.state.RandomBytes;
import org.rmcp.sm.internal.state.ServiceUserRegistry;
import org.rmcp.sm.internal.state.SessionKeyManager;

/**
 * One session's SM procedures (X.603.1 Amd.1 10.1): routes decoded messages, the timer and
 * operator commands to the state classes under one lock and hands their effects, in order, to
 * the sink. SMA and DMA messages may arrive on any link (Ks-protected, 10.1.2.1); an RMA's only
 * on the TLS session it subscribed on (KTLS, 10.1.1.1). Clock and randomness are injected.
 */
public final class SessionManagerSession implements SmSession {
    private final SessionSettings settings;
    private final Clock clock;
    private final ServiceUserStore store;
    private final Consumer<List<Effect>> sink;
    private final MemberTable members = new MemberTable();
    private final Lifecycle life = new Lifecycle();
    private final ServiceUserRegistry users;
    private final SessionKeyManager keys;
    private final Evictions evictions;
    private final Admission admission;
    private final AgreementTracker tracker;
    private final PolicyNegotiator negotiator;

    public SessionManagerSession(SessionSettings settings, Clock clock, RandomBytes random, ServiceUserRegistry users,
                                 ServiceUserStore store, Consumer<List<Effect>> sink) {
        this.settings = settings;
        this.clock = clock;
        this.users = users;
        this.store = store;
        this.sink = sink;
        long id = settings.sessionId();
        this.keys = new SessionKeyManager(settings.ksLength(), random, clock.instant());
        this.evictions = new Evictions(id, members, keys, life);
        this.admission = new Admission(id, members, users, keys, life);
        this.tracker = new AgreementTracker(id, settings.timing(), settings.limits(), evictions);
        this.negotiator = new PolicyNegotiator(settings.limits(), settings.agreeTime(), members, life, tracker);
    }

    @Override
    public void receive(Link from, RmcpMessage message) {
        synchronized (this) {
            publish(route(from, message, clock.instant()));
        }
    }

    /** Timer: Security Agree.time, SECAGANS timeouts, Ks hash update (10.1.2.1). */
    public void tick() {
        synchronized (this) {
            Instant now = clock.instant();
            List<Effect> out = new ArrayList<>(negotiator.onTick(now));
            if (!life.failed() && !now.isBefore(keys.changedAt().plus(settings.ksUpdateInterval()))) {
                keys.update(now);
                out.addAll(keys.deliveries(settings.sessionId(), members.serverSide()));
                out.add(keys.changed(false));
            }
            publish(out);
        }
    }

    @Override
    public void memberLeft(Maid maid, String reason) {
        synchronized (this) {
            Instant now = clock.instant();
            publish(members.active(maid).map(m -> evictions.evict(m, reason, now)).orElse(List.of()));
        }
    }

    @Override
    public SessionKey rotateKey(String reason) {
        synchronized (this) {
            publish(evictions.rotate(clock.instant()));
            return keys.current();
        }
    }

    @Override
    public int addServiceUsers(Collection<byte[]> ids) {
        synchronized (this) {
            int added = 0;
            for (byte[] id : ids) {
                added += users.add(id) ? 1 : 0;
            }
            if (added > 0) {
                try {
                    store.save(users);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not save the service user registry of " + name(), e);
                }
            }
            return added;
        }
    }

    private List<Effect> route(Link from, RmcpMessage message, Instant now) {
        if (message instanceof SubsReq) {
            GpAttribute group = negotiator.policy().map(SecurityPolicy::gpAttribute)
                .orElse(settings.limits().groupAttribute());
            return admission.onSubsReq(from, (SubsReq) message, group, now);
        }
        String refused = refusal(from, message);
        if (refused != null) {
            return List.of(new Effect.Discard(from, message, refused));
        }
        Member m = members.active(message.maid()).orElseThrow();
        Optional<SecurityPolicy> policy = negotiator.policy();
        List<Effect> out;
        if (message instanceof SecAgReq) {
            out = negotiator.onRequest(m, (SecAgReq) message, now);
        } else if (message instanceof SecAgAns && policy.isPresent()) {
            out = tracker.onAnswer(m, (SecAgAns) message, policy.get(), now);
        } else if (message instanceof SecAlgReq && policy.isPresent()) {
            out = tracker.onAlgRequest(m, (SecAlgReq) message, policy.get(), now);
        } else if (message instanceof LeavReq) {
            out = leave(m, now);
        } else {
            return List.of(new Effect.Discard(from, message, "the SM does not handle " + message.messageType()
                + " from " + m.nodeType() + " in phase " + life.phase()));
        }
        return out;
    }

    /** @return why {@code message} is not acted upon, or {@code null} */
    private String refusal(Link from, RmcpMessage message) {
        if (message.sessionId() != settings.sessionId()) {
            return "Session ID 0x" + Long.toHexString(message.sessionId()) + " is not this session's";
        }
        if (life.failed()) {
            return "the session failed: " + life.failure().orElse("");
        }
        Optional<Member> m = members.active(message.maid());
        if (m.isEmpty()) {
            return message.maid() + " is not a member";
        }
        if (m.get().nodeType() != message.nodeType()) {
            return "NT " + message.nodeType() + " but " + message.maid() + " was admitted as " + m.get().nodeType();
        }
        if (!m.get().link().id().equals(from.id())) {
            // our choice (docs/policy.md 2): Ks is shared by the SMA and every DMA, so a Ks-sealed message
            // proves only "some Ks holder"; binding each MAID to its own TLS session stops one member
            // speaking for another (e.g. a DMA sending the SMA's LEAVREQ)
            return "a member speaks only on the TLS session it subscribed on (" + message.maid() + " is on "
                + m.get().link().id() + ", this came on " + from.id() + ")";
        }
        return null;
    }

    private List<Effect> leave(Member m, Instant now) {
        List<Effect> out = new ArrayList<>();
        Protection p = m.serverSide() ? Protection.KS : Protection.KTLS;
        out.add(new Effect.Send(m.maid(), m.link(), p,
            new LeavAns(NodeType.SM, settings.sessionId(), m.maid(), new Result(ResultCode.OK))));
        out.addAll(evictions.evict(m, "left the session (LEAVREQ)", now));
        return out;
    }

    private void publish(List<Effect> effects) {
        negotiator.settle();
        List<Effect> out = new ArrayList<>(effects);
        effects.stream().filter(Effect.SessionFailed.class::isInstance).findFirst().ifPresent(f -> {
            // our choice (docs/policy.md 1): a failed session keeps nobody; every member is told by its channel closing
            Instant now = clock.instant();
            for (var m : members.all()) {
                out.addAll(evictions.evict(m, "the session failed: " + ((Effect.SessionFailed) f).reason(), now));
            }
        });
        if (!out.isEmpty()) {
            sink.accept(List.copyOf(out));
        }
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public long sessionId() {
        return settings.sessionId();
    }

    @Override
    public synchronized SessionPhase phase() {
        return life.phase();
    }

    @Override
    public synchronized Optional<String> failure() {
        return life.failure();
    }

    @Override
    public GpAttribute configuredGroupAttribute() {
        return settings.limits().groupAttribute();
    }

    @Override
    public synchronized Optional<SecurityPolicy> policy() {
        return negotiator.policy();
    }

    @Override
    public synchronized List<MemberInfo> members() {
        return members.infos();
    }

    @Override
    public synchronized SessionKey sessionKey() {
        return keys.current();
    }

    @Override
    public TransportSettings transport() {
        return settings.transport();
    }

    @Override
    public synchronized int serviceUserCount() {
        return users.size();
    }

    /** @return the settings this session runs with */
    public SessionSettings settings() {
        return settings;
    }
}

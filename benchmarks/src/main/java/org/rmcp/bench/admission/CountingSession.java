package org.rmcp.bench.admission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecAgAns;
import org.rmcp.codec.SecReturnCode;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.Link;
import org.rmcp.sm.api.MemberInfo;
import org.rmcp.sm.api.SecurityPolicy;
import org.rmcp.sm.api.SessionKey;
import org.rmcp.sm.api.SessionPhase;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.api.TransportSettings;

/**
 * The real SM session, observed where an admission ends (X.603.1 Amd.1 10.1.4, Table 24): a MAID
 * that {@link #expect expects} completes with {@link System#nanoTime()} once the session consumed
 * its SECAGANS OK and moved it to CONFIGURED, i.e. answered it with no Discard or Evict effect.
 * The effects of that one call are captured on the calling thread ({@link #tap}), since the
 * session publishes them synchronously under its lock; no member-table scan is needed.
 */
final class CountingSession implements SmSession {
    private static final ThreadLocal<List<Effect>> CAPTURE = new ThreadLocal<>();
    private final SmSession sm;
    private final Map<Maid, CompletableFuture<Long>> pending = new ConcurrentHashMap<>();

    CountingSession(SmSession sm) {
        this.sm = sm;
    }

    /**
     * @return completes with the nanoTime at which the SM accepted {@code maid}'s SECAGANS OK, or
     *     exceptionally with the SEC_RETURN or the SM's reason to refuse it
     */
    CompletableFuture<Long> expect(Maid maid) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        if (pending.putIfAbsent(maid, f) != null) {
            throw new IllegalStateException(maid + " is already expected");
        }
        f.whenComplete((t, e) -> pending.remove(maid, f));
        return f;
    }

    /** To be called with every effect list the session publishes, before the connector runs it. */
    static void tap(List<Effect> effects) {
        List<Effect> seen = CAPTURE.get();
        if (seen != null) {
            seen.addAll(effects);
        }
    }

    @Override
    public void receive(Link from, RmcpMessage message) {
        if (!(message instanceof SecAgAns)) {
            sm.receive(from, message);
            return;
        }
        List<Effect> seen = new ArrayList<>();
        CAPTURE.set(seen);
        try {
            sm.receive(from, message);
        } finally {
            CAPTURE.remove();
        }
        long at = System.nanoTime();
        CompletableFuture<Long> f = pending.get(message.maid());
        if (f == null) {
            return;
        }
        SecReturnCode code = ((SecAgAns) message).secReturn().secReturn();
        String refused = seen.stream().filter(e -> e instanceof Effect.Discard || e instanceof Effect.Evict)
            .map(Object::toString).findFirst().orElse(null);
        if (code != SecReturnCode.OK) {
            f.completeExceptionally(new IllegalStateException("SECAGANS " + code + " from " + message.maid()));
        } else if (refused != null) {
            f.completeExceptionally(new IllegalStateException("SECAGANS OK not accepted: " + refused));
        } else {
            f.complete(at);
        }
    }

    @Override
    public String name() {
        return sm.name();
    }

    @Override
    public long sessionId() {
        return sm.sessionId();
    }

    @Override
    public SessionPhase phase() {
        return sm.phase();
    }

    @Override
    public Optional<String> failure() {
        return sm.failure();
    }

    @Override
    public GpAttribute configuredGroupAttribute() {
        return sm.configuredGroupAttribute();
    }

    @Override
    public Optional<SecurityPolicy> policy() {
        return sm.policy();
    }

    @Override
    public List<MemberInfo> members() {
        return sm.members();
    }

    @Override
    public SessionKey sessionKey() {
        return sm.sessionKey();
    }

    @Override
    public TransportSettings transport() {
        return sm.transport();
    }

    @Override
    public void memberLeft(Maid maid, String reason) {
        sm.memberLeft(maid, reason);
    }

    @Override
    public SessionKey rotateKey(String reason) {
        return sm.rotateKey(reason);
    }

    @Override
    public int addServiceUsers(Collection<byte[]> ids) {
        return sm.addServiceUsers(ids);
    }

    @Override
    public int serviceUserCount() {
        return sm.serviceUserCount();
    }
}

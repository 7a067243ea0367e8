package org.rmcp.ma.internal.transport;

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
import org.rmcp.sm.api.Link;
import org.rmcp.sm.api.MemberInfo;
import org.rmcp.sm.api.SecurityPolicy;
import org.rmcp.sm.api.SessionKey;
import org.rmcp.sm.api.SessionPhase;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.api.TransportSettings;

/** The real SM session, plus a future per MAID completed once the SM has processed its SECAGANS. */
final class ObservedSession implements SmSession {
    private final SmSession sm;
    private final Map<Maid, CompletableFuture<SecAgAns>> answers = new ConcurrentHashMap<>();

    ObservedSession(SmSession sm) {
        this.sm = sm;
    }

    /** @return completes after the SM consumed the first SECAGANS from {@code maid} */
    CompletableFuture<SecAgAns> answered(Maid maid) {
        return answers.computeIfAbsent(maid, k -> new CompletableFuture<>());
    }

    @Override
    public void receive(Link from, RmcpMessage message) {
        sm.receive(from, message);
        if (message instanceof SecAgAns) {
            answered(message.maid()).complete((SecAgAns) message);
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

package org.rmcp.sm.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rmcp.codec.NodeType;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.MemberState;

/**
 * Removes a member (X.603.1 Amd.1 10.1.2.1, 10.1.4): a truncated DMA makes the SM replace Ks by
 * a fresh random key delivered to the SMA and the remaining DMAs; losing the SMA ends the
 * session (our choice, docs/policy.md section 5: the session has no sender left, 10.1.1.2).
 */
public final class Evictions {
    private final long sessionId;
    private final MemberTable members;
    private final SessionKeyManager keys;
    private final Lifecycle life;

    public Evictions(long sessionId, MemberTable members, SessionKeyManager keys, Lifecycle life) {
        this.sessionId = sessionId;
        this.members = members;
        this.keys = keys;
        this.life = life;
    }

    /** @return the effects of removing {@code m}; nothing if it is already gone */
    public List<Effect> evict(Member m, String reason, Instant now) {
        if (!m.active()) {
            return List.of();
        }
        m.moveTo(MemberState.EVICTED, now);
        m.ackDeadline(null);
        List<Effect> out = new ArrayList<>();
        out.add(new Effect.Evict(m.maid(), m.link(), reason));
        if (m.nodeType() == NodeType.SMA) {
            out.addAll(life.fail("the SMA " + m.maid() + " left the session: " + reason));
        } else if (m.nodeType() == NodeType.DMA && !life.failed()) {
            out.addAll(rotate(now));
        }
        return out;
    }

    /** @return a fresh Ks delivered to the active SMA and DMAs, then the KeyChanged notice */
    public List<Effect> rotate(Instant now) {
        keys.rotate(now);
        List<Effect> out = new ArrayList<>(keys.deliveries(sessionId, members.serverSide()));
        out.add(keys.changed(true));
        return out;
    }
}

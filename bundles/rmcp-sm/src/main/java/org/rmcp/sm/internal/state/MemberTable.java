package org.rmcp.sm.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.sm.api.Link;
import org.rmcp.sm.api.MemberInfo;

/**
 * The session's members by MAID, in admission order (X.603.1 Amd.1 10.1.1). Evicted rows are
 * kept for {@code rmcp:member-list --all}, the most recent {@value #MAX_EVICTED} of them only:
 * a long session with RMA churn must not slow down or grow with every MAID it has seen. Not
 * thread-safe.
 */
public final class MemberTable {
    /** Evicted rows kept at most. */
    public static final int MAX_EVICTED = 256;
    private final Map<Maid, Member> rows = new LinkedHashMap<>();

    /** Adds {@code maid}, replacing an evicted row with the same MAID, and forgets the oldest evicted rows beyond the cap. */
    Member admit(Maid maid, NodeType type, Link link, Instant now) {
        Member m = new Member(maid, type, link, now);
        rows.remove(maid);
        rows.put(maid, m);
        long evicted = rows.values().stream().filter(r -> !r.active()).count();
        for (var it = rows.values().iterator(); evicted > MAX_EVICTED && it.hasNext();) {
            if (!it.next().active()) {
                it.remove();
                evicted--;
            }
        }
        return m;
    }

    /** @return the active member with this MAID */
    public Optional<Member> active(Maid maid) {
        Member m = rows.get(maid);
        return m != null && m.active() ? Optional.of(m) : Optional.empty();
    }

    /** @return the active SMA, if one was admitted */
    public Optional<Member> sma() {
        return rows.values().stream().filter(m -> m.active() && m.nodeType() == NodeType.SMA).findFirst();
    }

    /** @return active members of {@code type}, in admission order */
    public List<Member> active(NodeType type) {
        return rows.values().stream().filter(m -> m.active() && m.nodeType() == type).toList();
    }

    /** @return the active SMA and DMAs, in admission order: the holders of Ks */
    public List<Member> serverSide() {
        return rows.values().stream().filter(m -> m.active() && m.serverSide()).toList();
    }

    /** @return every row, evicted ones too, in admission order */
    public List<Member> all() {
        return new ArrayList<>(rows.values());
    }

    /** @return immutable views of every row */
    public List<MemberInfo> infos() {
        return rows.values().stream().map(Member::info).toList();
    }
}

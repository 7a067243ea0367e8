package org.rmcp.sm.internal.state;

import java.time.Instant;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.sm.api.Link;
import org.rmcp.sm.api.MemberInfo;
import org.rmcp.sm.api.MemberState;

/** A row of the member table (X.603.1 Amd.1 10.1.1): mutable, guarded by the session's lock. */
public final class Member {
    private final Maid maid;
    private final NodeType nodeType;
    private Link link;
    private MemberState state = MemberState.ADMITTED;
    private Instant since;
    private int retransmits;
    private Instant ackDeadline;

    Member(Maid maid, NodeType nodeType, Link link, Instant now) {
        this.maid = maid;
        this.nodeType = nodeType;
        this.link = link;
        this.since = now;
    }

    public Maid maid() {
        return maid;
    }

    public NodeType nodeType() {
        return nodeType;
    }

    public Link link() {
        return link;
    }

    void link(Link newLink) {
        this.link = newLink;
    }

    public MemberState state() {
        return state;
    }

    void moveTo(MemberState next, Instant now) {
        if (next != state) {
            state = next;
            since = now;
        }
    }

    /** @return whether it still takes part (not evicted) */
    public boolean active() {
        return state != MemberState.EVICTED;
    }

    /** @return whether it is an SMA or a DMA: the server side, which holds Ks (10.1.2.1) */
    public boolean serverSide() {
        return nodeType == NodeType.SMA || nodeType == NodeType.DMA;
    }

    /** @return whether a SECAGANS is awaited from it */
    public boolean awaitingAnswer() {
        return state == MemberState.CONFIGURING || state == MemberState.PROVISIONING;
    }

    int retransmits() {
        return retransmits;
    }

    void retransmits(int n) {
        retransmits = n;
    }

    Instant ackDeadline() {
        return ackDeadline;
    }

    void ackDeadline(Instant deadline) {
        ackDeadline = deadline;
    }

    /** @return an immutable view */
    public MemberInfo info() {
        return new MemberInfo(maid, nodeType, link, state, since);
    }
}

package org.rmcp.sm.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.MaidList;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Result;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.SubsAns;
import org.rmcp.codec.SubsReq;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.Link;
import org.rmcp.sm.api.Protection;
import org.rmcp.sm.api.SessionPhase;

/**
 * Admission control, X.603.1 Amd.1 10.1.1.2-10.1.1.5: SUBSREQ to SUBSANS per node type, on a
 * TLS-authenticated link (docs/policy.md section 2). One SMA per session; DMAs at any time (our
 * choice: Ks exists from bootstrap, so a DMA may come before the SMA); RMAs once the session is OPEN, and in a closed
 * group only with a registered SERV_USER_IDENT (Table 23: 0x41 missing, 0x42 not recognized).
 * An admitted SMA or DMA receives Ks by KEYDELIVER under KTLS right after its SUBSANS.
 */
public final class Admission {
    private final long sessionId;
    private final MemberTable members;
    private final ServiceUserRegistry users;
    private final SessionKeyManager keys;
    private final Lifecycle life;

    public Admission(long sessionId, MemberTable members, ServiceUserRegistry users, SessionKeyManager keys,
                     Lifecycle life) {
        this.sessionId = sessionId;
        this.members = members;
        this.users = users;
        this.keys = keys;
        this.life = life;
    }

    /**
     * @param group the GP_ATTRIBUTE in force (the policy's once chosen)
     * @return SUBSANS to the sender, then (SMA, DMA admitted) KEYDELIVER of Ks
     */
    public List<Effect> onSubsReq(Link from, SubsReq req, GpAttribute group, Instant now) {
        ResultCode code = decide(req, group);
        List<Effect> out = new ArrayList<>();
        MaidList probe = null;
        if (code == ResultCode.OK) {
            probe = probeList(req.nodeType(), req.maid());
            members.admit(req.maid(), req.nodeType(), from, now);
        }
        out.add(new Effect.Send(req.maid(), from, Protection.KTLS,
            new SubsAns(NodeType.SM, sessionId, req.maid(), new Result(code), probe)));
        if (code == ResultCode.OK && req.nodeType() != NodeType.RMA) {
            out.add(new Effect.Send(req.maid(), from, Protection.KTLS, keys.keyDeliver(sessionId, req.maid())));
        }
        return out;
    }

    /** @return the RESULT_CODE for {@code req}; OK admits */
    ResultCode decide(SubsReq req, GpAttribute group) {
        if (req.sessionId() != sessionId || life.failed() || members.active(req.maid()).isPresent()) {
            return ResultCode.REJECTED; // our choice: wrong session, failed session, MAID in use
        }
        switch (req.nodeType()) {
            case SMA:
                return members.sma().isPresent() ? ResultCode.REJECTED : ResultCode.OK;
            case DMA:
                return ResultCode.OK;
            case RMA:
                return decideRma(req, group);
            default:
                return ResultCode.NOT_AUTHORIZED;
        }
    }

    private ResultCode decideRma(SubsReq req, GpAttribute group) {
        if (life.phase() != SessionPhase.OPEN) {
            return ResultCode.REJECTED; // 10.1.4.1: server side agrees the policy before RMA subscription
        }
        if (group != GpAttribute.CLOSED) {
            return ResultCode.OK;
        }
        if (req.servUserIdent() == null) {
            return ResultCode.SERV_USER_ID_MISSING;
        }
        return users.contains(req.servUserIdent().servUserId().toByteArray()) ? ResultCode.OK
            : ResultCode.SERV_USER_ID_NOT_RECOGNIZED;
    }

    /**
     * Our choice for SUBSANS' MAID_LIST (MAs to probe in map discovery, 10.2.4): a DMA gets the SMA
     * and the other DMAs; an RMA gets the DMAs, or the SMA when there is none.
     */
    private MaidList probeList(NodeType type, Maid self) {
        List<Maid> list = new ArrayList<>();
        if (type == NodeType.DMA) {
            members.sma().ifPresent(m -> list.add(m.maid()));
        }
        if (type != NodeType.SMA) {
            members.active(NodeType.DMA).stream().map(Member::maid).filter(m -> !m.equals(self)).forEach(list::add);
        }
        if (type == NodeType.RMA && list.isEmpty()) {
            members.sma().ifPresent(m -> list.add(m.maid()));
        }
        return list.isEmpty() ? null : new MaidList(list);
    }
}

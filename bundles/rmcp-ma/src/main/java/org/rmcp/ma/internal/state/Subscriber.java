package org.rmcp.ma.internal.state;

import java.util.List;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.ServUserIdent;
import org.rmcp.codec.SubsAns;
import org.rmcp.codec.SubsReq;

/**
 * The MA's subscription (X.603.1 Amd.1 10.1.1): SUBSREQ for its role, with SERV_USER_IDENT for a
 * closed-group RMA (10.1.1.5), and the outcome of the SM's SUBSANS (RESULT_CODE, Table 23).
 * Not thread-safe: the owner serialises calls per session.
 */
public final class Subscriber {
    /** What a SUBSANS meant for this MA. */
    public enum Status {
        /** RESULT OK: a member now. */
        ADMITTED,
        /** 0x41: the SM wants a SERV_USER_ID (closed group). */
        SERV_USER_ID_MISSING,
        /** 0x42: the SM does not know our SERV_USER_ID. */
        SERV_USER_ID_NOT_RECOGNIZED,
        /** Any other RESULT_CODE: refused. */
        REJECTED,
        /** Not for us (wrong session or MAID, no request outstanding, already admitted). */
        IGNORED
    }

    /**
     * @param status what it meant
     * @param code the RESULT_CODE, or null when ignored
     * @param probe MAs to probe in map discovery (MAID_LIST, 10.2.4), empty if none
     * @param reason a sentence for logs
     */
    public record Outcome(Status status, ResultCode code, List<Maid> probe, String reason) {
    }

    private final MaConfig config;
    private boolean requested;
    private boolean admitted;

    public Subscriber(MaConfig config) {
        this.config = config;
    }

    /** @return the SUBSREQ to send (under KTLS, 10.1.1.1); marks a request outstanding */
    public SubsReq request() {
        requested = true;
        ServUserIdent ident = config.servUserId() == null ? null : new ServUserIdent(config.servUserId());
        return new SubsReq(config.role(), config.sessionId(), config.maid(), ident);
    }

    /** @return whether a SUBSANS OK admitted this MA */
    public boolean subscribed() {
        return admitted;
    }

    /** @return the meaning of {@code ans} (Table 23 codes 0x41 and 0x42 apart from other refusals) */
    public Outcome onAnswer(SubsAns ans) {
        if (ans.sessionId() != config.sessionId() || !ans.maid().equals(config.maid())) {
            return ignored("SUBSANS for session 0x" + Long.toHexString(ans.sessionId()) + ", MAID " + ans.maid());
        }
        if (!requested || admitted) {
            return ignored(admitted ? "already admitted" : "no SUBSREQ outstanding");
        }
        requested = false;
        ResultCode code = ans.result().resultCode();
        List<Maid> probe = ans.maidList() == null ? List.of() : ans.maidList().maid();
        switch (code) {
            case OK:
                admitted = true;
                return new Outcome(Status.ADMITTED, code, probe, "admitted as " + config.role());
            case SERV_USER_ID_MISSING:
                return new Outcome(Status.SERV_USER_ID_MISSING, code, List.of(),
                    "closed group: the SM wants a service user identifier (0x41)");
            case SERV_USER_ID_NOT_RECOGNIZED:
                return new Outcome(Status.SERV_USER_ID_NOT_RECOGNIZED, code, List.of(),
                    "the SM does not recognise the service user identifier (0x42)");
            default:
                return new Outcome(Status.REJECTED, code, List.of(), "subscription refused: " + code);
        }
    }

    private static Outcome ignored(String reason) {
        return new Outcome(Status.IGNORED, null, List.of(), reason);
    }

    /** @return the role this subscriber speaks for */
    public NodeType role() {
        return config.role();
    }
}

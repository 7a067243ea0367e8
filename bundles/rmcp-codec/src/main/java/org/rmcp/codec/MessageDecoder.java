package org.rmcp.codec;

/** Dispatches a message body (after the common header) to the record that reads it. */
final class MessageDecoder {
    private MessageDecoder() {
    }

    static RmcpMessage decode(Header h, WireReader r) {
        switch (h.type()) {
            case SUBSREQ:
                return SubsReq.decode(h, r);
            case SUBSANS:
                return SubsAns.decode(h, r);
            case PPROBREQ:
                return PprobReq.decode(h, r);
            case PPROBANS:
                return PprobAns.decode(h, r);
            case HSOLICIT:
                return HSolicit.decode(h, r);
            case HANNOUNCE:
                return HAnnounce.decode(h, r);
            case HLEAVE:
                return HLeave.decode(h, r);
            case RELREQ:
                return RelReq.decode(h, r);
            case RELANS:
                return RelAns.decode(h, r);
            case STREQ:
                return StReq.decode(h, r);
            case STANS:
                return StAns.decode(h, r);
            case STCOLREQ:
                return StColReq.decode(h, r);
            case STCOLANS:
                return StColAns.decode(h, r);
            case LEAVREQ:
                return LeavReq.decode(h, r);
            case LEAVANS:
                return LeavAns.decode(h, r);
            case HB:
                return Hb.decode(h, r);
            case TERMREQ:
                return TermReq.decode(h, r);
            case TERMANS:
                return TermAns.decode(h, r);
            case DATA:
                return Data.decode(h, r);
            case SECAGREQ:
                return SecAgReq.decode(h, r);
            case SECLIST:
                return SecList.decode(h, r);
            case SECALGREQ:
                return SecAlgReq.decode(h, r);
            case SECAGANS:
                return SecAgAns.decode(h, r);
            case KEYDELIVER:
                return KeyDeliver.decode(h, r);
            case HRSREQ:
                return HrsReq.decode(h, r);
            case HRSANS:
                return HrsAns.decode(h, r);
            case SECMODULE:
                return SecModule.decode(h, r);
            default:
                throw new IllegalStateException("no decoder for " + h.type());
        }
    }
}

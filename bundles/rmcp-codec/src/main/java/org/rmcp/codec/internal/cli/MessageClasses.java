package org.rmcp.codec.internal.cli;

import java.util.EnumMap;
import java.util.Map;
import org.rmcp.codec.Data;
import org.rmcp.codec.HAnnounce;
import org.rmcp.codec.HLeave;
import org.rmcp.codec.HSolicit;
import org.rmcp.codec.Hb;
import org.rmcp.codec.HrsAns;
import org.rmcp.codec.HrsReq;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.LeavAns;
import org.rmcp.codec.LeavReq;
import org.rmcp.codec.MessageType;
import org.rmcp.codec.PprobAns;
import org.rmcp.codec.PprobReq;
import org.rmcp.codec.RelAns;
import org.rmcp.codec.RelReq;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecAgAns;
import org.rmcp.codec.SecAgReq;
import org.rmcp.codec.SecAlgReq;
import org.rmcp.codec.SecList;
import org.rmcp.codec.SecModule;
import org.rmcp.codec.StAns;
import org.rmcp.codec.StColAns;
import org.rmcp.codec.StColReq;
import org.rmcp.codec.StReq;
import org.rmcp.codec.SubsAns;
import org.rmcp.codec.SubsReq;
import org.rmcp.codec.TermAns;
import org.rmcp.codec.TermReq;

/** The record class of each message type, for {@link FieldParser}. */
final class MessageClasses {
    private static final Map<MessageType, Class<? extends RmcpMessage>> CLASSES = new EnumMap<>(MessageType.class);

    static {
        CLASSES.put(MessageType.SUBSREQ, SubsReq.class);
        CLASSES.put(MessageType.SUBSANS, SubsAns.class);
        CLASSES.put(MessageType.PPROBREQ, PprobReq.class);
        CLASSES.put(MessageType.PPROBANS, PprobAns.class);
        CLASSES.put(MessageType.HSOLICIT, HSolicit.class);
        CLASSES.put(MessageType.HANNOUNCE, HAnnounce.class);
        CLASSES.put(MessageType.HLEAVE, HLeave.class);
        CLASSES.put(MessageType.RELREQ, RelReq.class);
        CLASSES.put(MessageType.RELANS, RelAns.class);
        CLASSES.put(MessageType.STREQ, StReq.class);
        CLASSES.put(MessageType.STANS, StAns.class);
        CLASSES.put(MessageType.STCOLREQ, StColReq.class);
        CLASSES.put(MessageType.STCOLANS, StColAns.class);
        CLASSES.put(MessageType.LEAVREQ, LeavReq.class);
        CLASSES.put(MessageType.LEAVANS, LeavAns.class);
        CLASSES.put(MessageType.HB, Hb.class);
        CLASSES.put(MessageType.TERMREQ, TermReq.class);
        CLASSES.put(MessageType.TERMANS, TermAns.class);
        CLASSES.put(MessageType.DATA, Data.class);
        CLASSES.put(MessageType.SECAGREQ, SecAgReq.class);
        CLASSES.put(MessageType.SECLIST, SecList.class);
        CLASSES.put(MessageType.SECALGREQ, SecAlgReq.class);
        CLASSES.put(MessageType.SECAGANS, SecAgAns.class);
        CLASSES.put(MessageType.KEYDELIVER, KeyDeliver.class);
        CLASSES.put(MessageType.HRSREQ, HrsReq.class);
        CLASSES.put(MessageType.HRSANS, HrsAns.class);
        CLASSES.put(MessageType.SECMODULE, SecModule.class);
    }

    private MessageClasses() {
    }

    static Class<? extends RmcpMessage> of(MessageType type) {
        return CLASSES.get(type);
    }
}

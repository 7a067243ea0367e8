package org.rmcp.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rmcp.codec.ControlRules.Card;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * The controls of one message, read to the end of its Length: unknown control types, controls
 * the message does not allow, repeats of single controls and missing mandatory controls are
 * errors (X.603.1 Amd.1 clause 11.2; no clause allows unknown controls). Order is free.
 */
final class ControlSet {
    private final Map<ControlType, List<Control>> byType = new EnumMap<>(ControlType.class);
    private final Map<ControlType, Integer> offsets = new EnumMap<>(ControlType.class);

    private ControlSet() {
    }

    static ControlSet read(WireReader r, ControlRules rules, MessageType message) {
        ControlSet set = new ControlSet();
        while (r.remaining() > 0) {
            int at = r.offset();
            int code = r.u8("Control type");
            ControlType type = ControlType.lookup(code);
            if (type == null) {
                throw r.failControl(Reason.UNKNOWN_CONTROL, "Control type", at, String.format("0x%02x", code));
            }
            Card card = rules.card(type);
            if (card == null) {
                throw r.failControl(Reason.NOT_ALLOWED, type.name(), at, "not allowed in " + message);
            }
            if (card != Card.MANY && set.byType.containsKey(type)) {
                throw r.failControl(Reason.DUPLICATE_CONTROL, type.name(), at, "may appear once");
            }
            r.enter(type);
            Control c = ControlDecoder.decode(type, r);
            r.leave(message.clause());
            set.byType.computeIfAbsent(type, t -> new ArrayList<>()).add(c);
            set.offsets.putIfAbsent(type, at);
        }
        for (Map.Entry<ControlType, Card> e : rules.cards().entrySet()) {
            if (e.getValue() == Card.ONE && !set.byType.containsKey(e.getKey())) {
                throw r.failControl(Reason.MISSING_CONTROL, e.getKey().name(), r.offset(), "mandatory in " + message);
            }
        }
        return set;
    }

    <T extends Control> T one(Class<T> type, ControlType code) {
        List<Control> l = byType.get(code);
        return l == null ? null : type.cast(l.get(0));
    }

    <T extends Control> List<T> all(Class<T> type, ControlType code) {
        List<Control> l = byType.getOrDefault(code, Collections.emptyList());
        List<T> out = new ArrayList<>(l.size());
        for (Control c : l) {
            out.add(type.cast(c));
        }
        return out;
    }

    boolean has(ControlType code) {
        return byType.containsKey(code);
    }

    /** @return the offset of the first control of this type, or -1 */
    int offsetOf(ControlType code) {
        return offsets.getOrDefault(code, -1);
    }

    boolean isEmpty() {
        return byType.isEmpty();
    }
}

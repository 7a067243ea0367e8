package org.rmcp.transport.internal;

import java.util.HashMap;
import java.util.Map;
import org.rmcp.transport.MessageProtector;
import org.rmcp.transport.ReplayWindow;

/**
 * The keys of one control channel (X.603.1 Amd.1 10.2.6, Table 11; docs/spec-notes-transport.md
 * 3.5): a main protector per direction, replaced by {@code protect}, and protectors pinned to a
 * message type (KEYDELIVER stays under KTLS while the rest moves to Ks). Every protector has its
 * own sequence counter (sending) or replay window (receiving). After a {@code protect} the
 * previous main receiving protectors (the last {@value #KEPT}) stay usable until the first
 * message opens under the new one, so messages the peer sent before it switched are not lost,
 * even across quick successive key changes. Used on the channel's thread only.
 */
final class ChannelKeys {
    /** A protector with this direction's sequence state. */
    static final class Slot {
        final MessageProtector protector;
        final ReplayWindow window = ReplayWindow.strict();
        long next;

        Slot(MessageProtector protector) {
            this.protector = protector;
        }
    }

    /** Previous receiving protectors kept after a switch. */
    static final int KEPT = 32;
    private Slot send;
    private Slot receive;
    private final java.util.Deque<Slot> previous = new java.util.ArrayDeque<>();
    private final Map<Integer, Slot> pinnedSend = new HashMap<>();
    private final Map<Integer, Slot> pinnedReceive = new HashMap<>();

    void protect(MessageProtector s, MessageProtector r) {
        send = new Slot(s);
        if (receive != null) {
            previous.addFirst(receive);
            while (previous.size() > KEPT) {
                previous.removeLast();
            }
        }
        receive = new Slot(r);
    }

    void pin(int messageType, MessageProtector s, MessageProtector r) {
        pinnedSend.put(messageType, new Slot(s));
        pinnedReceive.put(messageType, new Slot(r));
    }

    /** @return the slot sealing messages of this type, or null: sent in clear */
    Slot sending(int messageType) {
        Slot p = pinnedSend.get(messageType);
        return p != null ? p : send;
    }

    /** @return the slot opening messages of this type, or null: expected in clear */
    Slot receiving(int messageType) {
        Slot p = pinnedReceive.get(messageType);
        return p != null ? p : receive;
    }

    /** @return the previous main receiving slots to try, newest first, when {@code receiving} fails */
    java.util.List<Slot> fallbacks(int messageType) {
        return pinnedReceive.containsKey(messageType) ? java.util.List.of() : java.util.List.copyOf(previous);
    }

    /** The new main key opened a message: the previous ones are retired. */
    void opened(Slot slot) {
        if (slot == receive) {
            previous.clear();
        }
    }

    /** @return whether any message type is protected */
    boolean active() {
        return send != null || !pinnedSend.isEmpty();
    }
}

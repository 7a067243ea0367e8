package org.rmcp.codec;

import java.util.EnumMap;
import java.util.Map;

/** Which controls a message allows and how often (X.603.1 Amd.1 clause 11.2, per message). */
final class ControlRules {
    /** How often a control may appear. */
    enum Card {
        ONE, OPTIONAL, MANY
    }

    static final ControlRules NONE = new ControlRules(new EnumMap<>(ControlType.class));
    private final Map<ControlType, Card> cards;

    private ControlRules(Map<ControlType, Card> cards) {
        this.cards = cards;
    }

    /** @param pairs alternating {@link Card} and {@link ControlType} */
    static ControlRules of(Object... pairs) {
        Map<ControlType, Card> m = new EnumMap<>(ControlType.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((ControlType) pairs[i + 1], (Card) pairs[i]);
        }
        return new ControlRules(m);
    }

    Card card(ControlType type) {
        return cards.get(type);
    }

    Map<ControlType, Card> cards() {
        return cards;
    }
}

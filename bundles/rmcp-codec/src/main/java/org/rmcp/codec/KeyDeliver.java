package org.rmcp.codec;

import java.util.List;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * KEYDELIVER, X.603.1 Amd.1 11.2.9 (Figure 127): key delivery; KEY_INFO with KEY_MATERIAL is
 * mandatory. MAID: the recipient's (the text; the figure says sender). NT and Key_Type agree: SM
 * sends Ks, SMA sends Kc, DMA sends Kg or relays Kc (10.2.1.2; docs/spec-notes.md).
 *
 * @param nodeType NT, the issuer (Table 12)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID
 * @param keyInfo KEY_INFO
 * @since 1.0
 */
public record KeyDeliver(NodeType nodeType, long sessionId, Maid maid, KeyInfo keyInfo) implements RmcpMessage {
    static final ControlRules RULES = ControlRules.of(ControlRules.Card.ONE, ControlType.KEY_INFO);

    /** Checks the issuer and the controls against the clause. */
    public KeyDeliver {
        Checks.header(MessageType.KEYDELIVER, nodeType, maid);
        Checks.present("KEY_INFO", keyInfo);
        if (!issuerMayDeliver(nodeType, keyInfo.keyType())) {
            throw new IllegalArgumentException(nodeType + " does not deliver " + keyInfo.keyType() + " (11.2.9.1 b)");
        }
    }

    @Override
    public MessageType messageType() {
        return MessageType.KEYDELIVER;
    }

    @Override
    public List<Control> controls() {
        return Messages.controls(keyInfo);
    }

    static KeyDeliver decode(Header h, WireReader r) {
        ControlSet c = ControlSet.read(r, RULES, MessageType.KEYDELIVER);
        KeyInfo info = c.one(KeyInfo.class, ControlType.KEY_INFO);
        if (!issuerMayDeliver(h.nodeType(), info.keyType())) {
            throw r.fail(Reason.NOT_ALLOWED, "KEY_INFO.Key_Type", c.offsetOf(ControlType.KEY_INFO) + 2,
                    h.nodeType() + " does not deliver " + info.keyType() + " (11.2.9.1 b)");
        }
        return new KeyDeliver(h.nodeType(), h.sessionId(), h.maid(),
                c.one(KeyInfo.class, ControlType.KEY_INFO));
    }

    /** @return whether {@code issuer} may deliver a key of {@code type} (11.2.9.1 b, 10.2.1.2) */
    public static boolean issuerMayDeliver(NodeType issuer, KeyType type) {
        switch (issuer) {
            case SM:
                return type == KeyType.KS;
            case SMA:
                return type == KeyType.KC;
            case DMA:
                // our choice: a DMA also relays Kc under Kg (10.2.1.2; docs/spec-notes.md)
                return type == KeyType.KG || type == KeyType.KC;
            default:
                return false;
        }
    }
}

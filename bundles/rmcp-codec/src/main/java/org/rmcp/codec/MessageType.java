package org.rmcp.codec;

import static org.rmcp.codec.NodeType.DMA;
import static org.rmcp.codec.NodeType.HMA;
import static org.rmcp.codec.NodeType.RMA;
import static org.rmcp.codec.NodeType.SM;
import static org.rmcp.codec.NodeType.SMA;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Message type codes, X.603.1 Amd.1 clause 12.2, Table 13, with the node types that may issue
 * each message (clause 11.2). Codes of the basic messages (X.603.1 Table 2, not in the
 * amendment) are our choice in 0x01-0x1F avoiding 0x02, 0x09 and 0x0C (docs/spec-notes.md).
 *
 * @since 1.0
 */
public enum MessageType implements Coded {
    /** Subscription request, 11.2.1 (Table 13). */
    SUBSREQ(0x02, "11.2.1", SMA, DMA, RMA),
    /** Subscription answer, 11.2.2. Our choice: code 0x03 (docs/spec-notes.md). */
    SUBSANS(0x03, "11.2.2", SM),
    /** Parent probe request. Our choice: code 0x04 (docs/spec-notes.md). */
    PPROBREQ(0x04, "10.2.4", SMA, DMA, RMA),
    /** Parent probe answer. Our choice: code 0x05 (docs/spec-notes.md). */
    PPROBANS(0x05, "10.2.4", SMA, DMA, RMA),
    /** HMA solicit. Our choice: code 0x06 (docs/spec-notes.md). */
    HSOLICIT(0x06, "10.2.5.2", DMA, RMA),
    /** HMA announce. Our choice: code 0x07 (docs/spec-notes.md). */
    HANNOUNCE(0x07, "10.2.5.2", DMA, HMA),
    /** HMA leave. Our choice: code 0x08 (docs/spec-notes.md). */
    HLEAVE(0x08, "10.2.5.2", DMA, HMA),
    /** Relay request, 11.2.3 (Table 13). */
    RELREQ(0x09, "11.2.3", DMA, RMA),
    /** Relay answer, 11.2.4 (Table 13). */
    RELANS(0x0C, "11.2.4", SMA, DMA),
    /** Status report request. Our choice: code 0x0D (docs/spec-notes.md). */
    STREQ(0x0D, "10.2.6", SM),
    /** Status report answer. Our choice: code 0x0E (docs/spec-notes.md). */
    STANS(0x0E, "10.2.6", SMA, DMA, RMA),
    /** Status collect request. Our choice: code 0x0F (docs/spec-notes.md). */
    STCOLREQ(0x0F, "10.2.6", SM, SMA, DMA),
    /** Status collect answer. Our choice: code 0x10 (docs/spec-notes.md). */
    STCOLANS(0x10, "10.2.6", SMA, DMA, RMA),
    /** Leave request. Our choice: code 0x11 (docs/spec-notes.md). */
    LEAVREQ(0x11, "10.2.5", SM, SMA, DMA, RMA),
    /** Leave answer. Our choice: code 0x12 (docs/spec-notes.md). */
    LEAVANS(0x12, "10.2.5", SM, SMA, DMA, RMA),
    /** Heartbeat. Our choice: code 0x13 (docs/spec-notes.md). */
    HB(0x13, "10.2.6", SM, SMA, DMA, RMA),
    /** Termination request. Our choice: code 0x14 (docs/spec-notes.md). */
    TERMREQ(0x14, "10.2.6", SM),
    /** Termination answer. Our choice: code 0x15 (docs/spec-notes.md). */
    TERMANS(0x15, "10.2.6", SMA, DMA, RMA),
    /** Content data, Kc-protected (10.2.7). Our choice: code 0x16 and layout (docs/spec-notes.md). */
    DATA(0x16, "10.2.7", SMA, DMA),
    /** Security agreement request, 11.2.5. */
    SECAGREQ(0x21, "11.2.5", SMA, DMA, RMA),
    /** Selected security list, 11.2.6. */
    SECLIST(0x22, "11.2.6", SM),
    /** Security agreement answer, 11.2.8. */
    SECAGANS(0x23, "11.2.8", SMA, DMA, RMA),
    /** Key delivery, 11.2.9. */
    KEYDELIVER(0x24, "11.2.9", SM, SMA, DMA),
    /** Head required security request, 11.2.10. */
    HRSREQ(0x25, "11.2.10", DMA),
    /** Head required security answer, 11.2.11. */
    HRSANS(0x26, "11.2.11", SM),
    /** Security algorithms request, 11.2.7. */
    SECALGREQ(0x27, "11.2.7", SMA, DMA, RMA),
    /** Module offers answering SECALGREQ. Our choice: code 0x28 and layout (docs/spec-notes.md 2.7). */
    SECMODULE(0x28, "11.2.7", SM);

    private static final CodeLookup<MessageType> LOOKUP =
            new CodeLookup<>(values(), "Message type", "X.603.1 Amd.1 Table 13");
    private final int code;
    private final String clause;
    private final Set<NodeType> issuers;

    MessageType(int code, String clause, NodeType first, NodeType... rest) {
        this.code = code;
        this.clause = "X.603.1 Amd.1 " + clause;
        this.issuers = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    @Override
    public int code() {
        return code;
    }

    /** @return the clause defining (or, for our layouts, motivating) this message */
    public String clause() {
        return clause;
    }

    /** @return the node types that may issue this message */
    public Set<NodeType> issuers() {
        return issuers;
    }

    /**
     * @param code the Message type byte
     * @return the message type
     * @throws RmcpProtocolException if no message has this code
     */
    public static MessageType fromCode(int code) {
        return LOOKUP.fromCode(code);
    }
}

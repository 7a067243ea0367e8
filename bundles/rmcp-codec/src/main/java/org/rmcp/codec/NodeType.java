package org.rmcp.codec;

/**
 * Node type codes (NT), X.603.1 Amd.1 clause 12.1, Table 12. Closed table.
 *
 * @since 1.0
 */
public enum NodeType implements Coded {
    /** Session Manager. */
    SM(0x01),
    /** Sender Multicast Agent. */
    SMA(0x02),
    /** Receiver Multicast Agent. */
    RMA(0x03),
    /**
     * Head Multicast Agent of the basic protocol; not in Table 12. Our choice: accepted only where
     * a basic message allows an HMA issuer (HANNOUNCE, HLEAVE; docs/spec-notes.md).
     */
    HMA(0x04),
    /** Dedicated Multicast Agent. */
    DMA(0x05);

    private static final CodeLookup<NodeType> LOOKUP = new CodeLookup<>(values(), "NT", "X.603.1 Amd.1 Table 12");
    private final int code;

    NodeType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code a 4-bit NT value
     * @return the node type
     * @throws RmcpProtocolException if no node type has this code
     */
    public static NodeType fromCode(int code) {
        return LOOKUP.fromCode(code);
    }
}

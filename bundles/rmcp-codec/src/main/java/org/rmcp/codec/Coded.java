package org.rmcp.codec;

/**
 * An entry of a closed code table of X.603.1 Amd.1 clause 12: each enum implementing it has a
 * {@code static fromCode(int)} that throws {@link RmcpProtocolException} for codes outside the
 * table.
 *
 * @since 1.0
 */
public interface Coded {
    /** @return the code value on the wire */
    int code();
}

package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * A sub-control carried by a control (KEY_MATERIAL, ACL_DATA), X.603.1 Amd.1 Table 15:
 * {@code Sub-control type (8) | Length (16) | ...}, Length counting the whole sub-control.
 *
 * @since 1.0
 */
public interface SubControl {
    /** @return the Sub-control type code */
    SubControlType subControlType();

    /** @return the bytes {@link #encode} writes */
    int encodedLength();

    /** Writes the sub-control to {@code out}. */
    void encode(ByteBuf out);
}

package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * A control (and the sub-control it carries, if any) inside an RMCP-2 message, X.603.1 Amd.1
 * clause 11.2. Implementations are immutable records whose components mirror the wire fields.
 *
 * @since 1.0
 */
public interface Control {
    /** @return the Control type code of this control */
    ControlType controlType();

    /** @return the bytes {@link #encode} writes, including any sub-control */
    int encodedLength();

    /** Writes the control (type, Length, fields, sub-control) to {@code out}. */
    void encode(ByteBuf out);
}

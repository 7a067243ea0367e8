package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * TIMESTAMP control of PPROBREQ/PPROBANS: the prober's clock, echoed by the answer so the prober
 * measures round-trip time in map discovery (X.603.1 Amd.1 10.2.4). Our layout
 * {@code type | Length=12 | Reserved (16) | TIMESTAMP (64)}; the value is opaque to the peer
 * (docs/spec-notes.md).
 *
 * @param timestamp the prober's 64-bit clock value
 * @since 1.0
 */
public record Timestamp(long timestamp) implements Control {
    @Override
    public ControlType controlType() {
        return ControlType.TIMESTAMP;
    }

    @Override
    public int encodedLength() {
        return 12;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.TIMESTAMP.code()).writeByte(12).writeShort(0).writeLong(timestamp);
    }

    static Timestamp decode(WireReader r) {
        r.fixedLength8(12);
        r.reserved16("Reserved");
        return new Timestamp(r.u64("TIMESTAMP"));
    }
}

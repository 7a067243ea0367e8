package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * MCAST_ADDR control of HANNOUNCE: the IP multicast group and port an HMA serves its
 * multicast-enabled MM group on (X.603.1 Amd.1 9.5). Our layout
 * {@code type | Length=12 | Reserved (16) | GROUP (64, MAID format)} (docs/spec-notes.md).
 *
 * @param group the IPv4 group and port, encoded like a MAID
 * @since 1.0
 */
public record McastAddr(Maid group) implements Control {
    /** Rejects a missing group. */
    public McastAddr {
        Checks.present("GROUP", group);
    }

    @Override
    public ControlType controlType() {
        return ControlType.MCAST_ADDR;
    }

    @Override
    public int encodedLength() {
        return 12;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.MCAST_ADDR.code()).writeByte(12).writeShort(0).writeLong(group.value());
    }

    static McastAddr decode(WireReader r) {
        r.fixedLength8(12);
        r.reserved16("Reserved");
        return new McastAddr(r.maid("GROUP"));
    }
}

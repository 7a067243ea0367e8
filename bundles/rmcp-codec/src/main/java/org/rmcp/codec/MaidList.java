package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * MAID_LIST control: MAIDs of other MAs (SUBSANS: MAs to probe in map discovery, 10.2.4;
 * STANS/STCOLANS: the reporting MA's children). Our layout
 * {@code type | Reserved 0x00 | Length (16) | MAID (64) ...}, at least one MAID
 * (docs/spec-notes.md).
 *
 * @param maid the MAIDs, in order
 * @since 1.0
 */
public record MaidList(List<Maid> maid) implements Control {
    /** Most MAIDs that fit a 16-bit Length. */
    public static final int MAX_ENTRIES = (0xFFFF - VarControl.HEAD) / 8;

    /** Copies the list; it must hold 1 to {@link #MAX_ENTRIES} MAIDs. */
    public MaidList {
        maid = List.copyOf(Checks.present("MAID", maid));
        Checks.range("MAID count", maid.size(), 1, MAX_ENTRIES);
    }

    @Override
    public ControlType controlType() {
        return ControlType.MAID_LIST;
    }

    @Override
    public int encodedLength() {
        return VarControl.HEAD + 8 * maid.size();
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.MAID_LIST.code()).writeByte(0).writeShort(encodedLength());
        for (Maid m : maid) {
            out.writeLong(m.value());
        }
    }

    static MaidList decode(WireReader r) {
        int start = r.offset() - 1;
        r.reserved8("Reserved");
        int at = r.offset();
        int len = r.length16(start, VarControl.HEAD + 8, VarControl.HEAD + 8 * MAX_ENTRIES);
        if ((len - VarControl.HEAD) % 8 != 0) {
            throw r.fail(RmcpProtocolException.Reason.BAD_LENGTH, "Length", at, "0x" + Integer.toHexString(len)
                    + " is not 4 + 8 x N");
        }
        List<Maid> list = new ArrayList<>();
        for (int i = 0; i < (len - VarControl.HEAD) / 8; i++) {
            list.add(r.maid("MAID[" + i + "]"));
        }
        return new MaidList(list);
    }
}

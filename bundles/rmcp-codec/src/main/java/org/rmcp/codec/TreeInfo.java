package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * TREE_INFO control: where an MA sits in the RMCP tree (PPROBANS, STANS, STCOLANS). Our layout
 * {@code type | Length=8 | DEPTH (8) | Reserved (8) | N_CHILD (16) | MAX_CHILD (16)}, with
 * N_CHILD &lt;= MAX_CHILD (docs/spec-notes.md).
 *
 * @param depth hops from the SMA (the SMA is 0)
 * @param nChild children attached now
 * @param maxChild children the MA accepts at most
 * @since 1.0
 */
public record TreeInfo(int depth, int nChild, int maxChild) implements Control {
    /** Checks ranges and N_CHILD &lt;= MAX_CHILD. */
    public TreeInfo {
        Checks.range("DEPTH", depth, 0, 0xFF);
        Checks.range("MAX_CHILD", maxChild, 0, 0xFFFF);
        Checks.range("N_CHILD", nChild, 0, maxChild);
    }

    @Override
    public ControlType controlType() {
        return ControlType.TREE_INFO;
    }

    @Override
    public int encodedLength() {
        return 8;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.TREE_INFO.code()).writeByte(8).writeByte(depth).writeByte(0).writeShort(nChild)
                .writeShort(maxChild);
    }

    static TreeInfo decode(WireReader r) {
        r.fixedLength8(8);
        int depth = r.u8("DEPTH");
        r.reserved8("Reserved");
        int at = r.offset();
        int n = r.u16("N_CHILD");
        int max = r.u16("MAX_CHILD");
        if (n > max) {
            throw r.fail(RmcpProtocolException.Reason.BAD_VALUE, "N_CHILD", at, n + " > MAX_CHILD " + max);
        }
        return new TreeInfo(depth, n, max);
    }
}

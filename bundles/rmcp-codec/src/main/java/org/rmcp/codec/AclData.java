package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * ACL_DATA sub-control, X.603.1 Amd.1 11.2.11.3 (Figure 131). Our reading of the figure
 * {@code Sub-control type=0x02 | Length (16) | Reserved | N_ACL (16) | entries}; all entries have
 * one size, so the decoder checks {@code Length == 6 + N_ACL x entry} (docs/spec-notes.md).
 *
 * @param nAcl N_ACL, the number of entries
 * @param data the entries
 * @since 1.0
 */
public record AclData(int nAcl, List<AclEntry> data) implements SubControl {
    static final int HEAD = 6;

    /** Checks N_ACL matches the entries, which share one size and fit a 16-bit Length. */
    public AclData {
        data = List.copyOf(Checks.present("DATA", data));
        if (nAcl != data.size()) {
            throw new IllegalArgumentException("N_ACL " + nAcl + " but " + data.size() + " entries");
        }
        long total = HEAD;
        for (AclEntry e : data) {
            if (e.encodedLength() != data.get(0).encodedLength()) {
                throw new IllegalArgumentException("ACL entries must have one size");
            }
            total += e.encodedLength();
        }
        Checks.range("ACL_DATA Length", total, HEAD, 0xFFFF - 2);
    }

    /** @return ACL_DATA holding {@code entries} */
    public static AclData of(List<AclEntry> entries) {
        return new AclData(entries.size(), entries);
    }

    @Override
    public SubControlType subControlType() {
        return SubControlType.ACL_DATA;
    }

    @Override
    public int encodedLength() {
        return HEAD + (data.isEmpty() ? 0 : data.size() * data.get(0).encodedLength());
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(SubControlType.ACL_DATA.code()).writeShort(encodedLength()).writeByte(0).writeShort(nAcl);
        for (AclEntry e : data) {
            e.hashedMaid().writeTo(out);
            e.hashedKtls().writeTo(out);
        }
    }

    static AclData decode(WireReader r) {
        r.enterSub("ACL_DATA");
        int start = r.offset();
        SubControlType t = r.code("Sub-control type", SubControlType::fromCode);
        if (t != SubControlType.ACL_DATA) {
            throw r.fail(Reason.BAD_CODE, "Sub-control type", start, t + " where ACL_DATA is required");
        }
        int len = r.length16(start, HEAD, 0xFFFF - 2);
        r.reserved8("Reserved");
        int nAt = r.offset();
        int n = r.u16("N_ACL");
        int body = len - HEAD;
        int entry = n == 0 ? 0 : body / n;
        boolean ok = n == 0 ? body == 0
                : body % n == 0 && entry % 2 == 0 && AclEntry.DIGEST_LENGTHS.contains(entry / 2);
        if (!ok) {
            throw r.fail(Reason.BAD_LENGTH, "N_ACL", nAt, n + " entries do not fill Length 0x"
                    + Integer.toHexString(len) + " (6 + N_ACL x 2 x digest length)");
        }
        List<AclEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(new AclEntry(r.octets("DATA[" + i + "].HASHED_MAID", entry / 2),
                    r.octets("DATA[" + i + "].HASHED_KTLS", entry / 2)));
        }
        return new AclData(n, entries);
    }
}

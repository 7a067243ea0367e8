package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * SMA_PROPOSE control of SECAGREQ, X.603.1 Amd.1 11.2.5.2 (Figure 109):
 * {@code type | Length=8 | GP_ATTRIBUTE | GK_MECHA | CON_EN_DEC_ID | Reserved (24 bits)}. Only
 * standard Table 16 codes (below "1x00") may be proposed.
 *
 * @param gpAttribute GP_ATTRIBUTE (Table 18)
 * @param gkMecha GK_MECHA (Table 19)
 * @param conEnDecId CON_EN_DEC_ID, a standard Table 16 code
 * @since 1.0
 */
public record SmaPropose(GpAttribute gpAttribute, GkMecha gkMecha, int conEnDecId) implements Control {
    /** Checks the fields against the clause. */
    public SmaPropose {
        Checks.present("GP_ATTRIBUTE", gpAttribute);
        Checks.present("GK_MECHA", gkMecha);
        if (!EnDecIds.isStandard(conEnDecId)) {
            throw new IllegalArgumentException("CON_EN_DEC_ID must be a standard Table 16 code: " + conEnDecId);
        }
    }

    @Override
    public ControlType controlType() {
        return ControlType.SMA_PROPOSE;
    }

    @Override
    public int encodedLength() {
        return 8;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.SMA_PROPOSE.code()).writeByte(8).writeByte(gpAttribute.code())
                .writeByte(gkMecha.code()).writeByte(conEnDecId).writeMedium(0);
    }

    static SmaPropose decode(WireReader r) {
        r.fixedLength8(8);
        GpAttribute gp = r.code("GP_ATTRIBUTE", GpAttribute::fromCode);
        GkMecha mecha = r.code("GK_MECHA", GkMecha::fromCode);
        int at = r.offset();
        int id = r.u8("CON_EN_DEC_ID");
        if (!EnDecIds.isStandard(id)) {
            throw r.fail(Reason.BAD_CODE, "CON_EN_DEC_ID", at, String.format("0x%02x is not a standard code", id));
        }
        r.reserved8("Reserved");
        r.reserved16("Reserved");
        return new SmaPropose(gp, mecha, id);
    }
}

package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * GK_MECH control of SECLIST, X.603.1 Amd.1 11.2.6.2 (Figure 114):
 * {@code type | Length=8 | GP_ATTRIBUTE | GK_MECHA | GK_NAME | Reserved (24 bits)}. The figure
 * puts GK_MECHA before GK_NAME (the list in the text does not); we follow the figure, as
 * SMA_PROPOSE's figure does (docs/spec-notes.md).
 *
 * @param gpAttribute GP_ATTRIBUTE (Table 18)
 * @param gkMecha GK_MECHA (Table 19)
 * @param gkName GK_NAME (Table 20, open)
 * @since 1.0
 */
public record GkMech(GpAttribute gpAttribute, GkMecha gkMecha, int gkName) implements Control {
    /** Checks the fields against the clause. */
    public GkMech {
        Checks.present("GP_ATTRIBUTE", gpAttribute);
        Checks.present("GK_MECHA", gkMecha);
        Checks.open("GK_NAME", gkName);
    }

    @Override
    public ControlType controlType() {
        return ControlType.GK_MECH;
    }

    @Override
    public int encodedLength() {
        return 8;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.GK_MECH.code()).writeByte(8).writeByte(gpAttribute.code()).writeByte(gkMecha.code())
                .writeByte(gkName).writeMedium(0);
    }

    static GkMech decode(WireReader r) {
        r.fixedLength8(8);
        GpAttribute gp = r.code("GP_ATTRIBUTE", GpAttribute::fromCode);
        GkMecha mecha = r.code("GK_MECHA", GkMecha::fromCode);
        int name = r.openCode("GK_NAME");
        r.reserved8("Reserved");
        r.reserved16("Reserved");
        return new GkMech(gp, mecha, name);
    }
}

package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * AUTH_MECH control of SECLIST, X.603.1 Amd.1 11.2.6.3 (Figure 115): Table 21 attribute and Table 22 mechanism.
 *
 * @param authAttribute AUTH_ATTRIBUTE
 * @param authName AUTH_NAME
 * @since 1.0
 */
public record AuthMech(AuthAttribute authAttribute, int authName) implements Control {
    /** Checks the fields against the clause. */
    public AuthMech {
        Checks.present("AUTH_ATTRIBUTE", authAttribute);
        Checks.open("AUTH_NAME", authName);
    }

    @Override
    public ControlType controlType() {
        return ControlType.AUTH_MECH;
    }

    @Override
    public int encodedLength() {
        return 4;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.AUTH_MECH.code()).writeByte(4).writeByte(authAttribute.code()).writeByte(authName);
    }

    static AuthMech decode(WireReader r) {
        r.fixedLength8(4);
        AuthAttribute authAttribute = r.code("AUTH_ATTRIBUTE", AuthAttribute::fromCode);
        return new AuthMech(authAttribute, r.openCode("AUTH_NAME"));
    }
}

package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * MEM_AUTH_DATA control: one pass of the Annex E membership authentication, which the amendment
 * runs "between the RELREQ and RELANS messages" without giving the passes a carrier. Our layout
 * {@code type | PASS (1-3) | Length (16) | DATA}; pass 1 and 3 ride in RELREQ, pass 2 in RELANS
 * (docs/spec-notes.md).
 *
 * @param pass the pass number, 1-3
 * @param data the mechanism's opaque pass bytes
 * @since 1.0
 */
public record MemAuthData(int pass, Octets data) implements Control {
    /** Checks the pass number and that the data fits. */
    public MemAuthData {
        Checks.range("PASS", pass, 1, 3);
        Checks.length("DATA", data, 1, 0xFFFF - VarControl.HEAD);
    }

    @Override
    public ControlType controlType() {
        return ControlType.MEM_AUTH_DATA;
    }

    @Override
    public int encodedLength() {
        return VarControl.HEAD + data.length();
    }

    @Override
    public void encode(ByteBuf out) {
        VarControl.encode(out, ControlType.MEM_AUTH_DATA, pass, data);
    }

    static MemAuthData decode(WireReader r) {
        int pass = r.u8("PASS", 1, 3);
        return new MemAuthData(pass, VarControl.decodeData(r, "DATA", 0xFFFF - VarControl.HEAD));
    }
}

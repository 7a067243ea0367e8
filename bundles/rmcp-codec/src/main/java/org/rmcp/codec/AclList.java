package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * ACL_LIST control of HRSANS, X.603.1 Amd.1 11.2.11.2 (Figure 131): the 2-byte head
 * {@code type | Length=0x02} followed by its ACL_DATA sub-control (docs/spec-notes.md).
 *
 * @param aclData the ACL_DATA sub-control
 * @since 1.0
 */
public record AclList(AclData aclData) implements Control {
    /** Rejects a missing ACL_DATA. */
    public AclList {
        Checks.present("ACL_DATA", aclData);
    }

    @Override
    public ControlType controlType() {
        return ControlType.ACL_LIST;
    }

    @Override
    public int encodedLength() {
        return 2 + aclData.encodedLength();
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(ControlType.ACL_LIST.code()).writeByte(2);
        aclData.encode(out);
    }

    static AclList decode(WireReader r) {
        r.fixedLength8(2);
        return new AclList(AclData.decode(r));
    }
}

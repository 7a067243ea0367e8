package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * HASHED_AUTH control: the hashed AUTH secret that map discovery messages between RMAs and DMAs carry in plain text
 * (X.603.1 Amd.1 10.2.4). Our layout
 * {@code type | Reserved 0x00 | Length (16) | DIGEST}, digest 1-64 bytes (docs/spec-notes.md).
 *
 * @param digest the digest under the agreed AUTH_ID
 * @since 1.0
 */
public record HashedAuth(Octets digest) implements Control {
    /** Largest digest accepted (SHA-512). */
    public static final int MAX_DIGEST = 64;

    /** Checks the digest length. */
    public HashedAuth {
        Checks.length("DIGEST", digest, 1, MAX_DIGEST);
    }

    @Override
    public ControlType controlType() {
        return ControlType.HASHED_AUTH;
    }

    @Override
    public int encodedLength() {
        return VarControl.HEAD + digest.length();
    }

    @Override
    public void encode(ByteBuf out) {
        VarControl.encode(out, ControlType.HASHED_AUTH, 0, digest);
    }

    /** Shows the digest length only: the digest authenticates its sender. */
    @Override
    public String toString() {
        return "HashedAuth[digest=" + digest.length() + " bytes]";
    }

    static HashedAuth decode(WireReader r) {
        r.reserved8("Reserved");
        return new HashedAuth(VarControl.decodeData(r, "DIGEST", MAX_DIGEST));
    }
}

package org.rmcp.codec;

import io.netty.buffer.ByteBuf;

/**
 * HASHED_KTLS control: the hashed KTLS that authenticates TERMREQ/TERMANS to RMAs (X.603.1 Amd.1 Table 11). Our layout
 * {@code type | Reserved 0x00 | Length (16) | DIGEST}, digest 1-64 bytes (docs/spec-notes.md).
 *
 * @param digest the digest under the agreed AUTH_ID
 * @since 1.0
 */
public record HashedKtls(Octets digest) implements Control {
    /** Largest digest accepted (SHA-512). */
    public static final int MAX_DIGEST = 64;

    /** Checks the digest length. */
    public HashedKtls {
        Checks.length("DIGEST", digest, 1, MAX_DIGEST);
    }

    @Override
    public ControlType controlType() {
        return ControlType.HASHED_KTLS;
    }

    @Override
    public int encodedLength() {
        return VarControl.HEAD + digest.length();
    }

    @Override
    public void encode(ByteBuf out) {
        VarControl.encode(out, ControlType.HASHED_KTLS, 0, digest);
    }

    /** Shows the digest length only: the digest authenticates its sender. */
    @Override
    public String toString() {
        return "HashedKtls[digest=" + digest.length() + " bytes]";
    }

    static HashedKtls decode(WireReader r) {
        r.reserved8("Reserved");
        return new HashedKtls(VarControl.decodeData(r, "DIGEST", MAX_DIGEST));
    }
}

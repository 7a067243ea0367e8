package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string (an identifier, a digest, key data) carried in a control.
 * {@link #toString()} prints the length and hex; controls carrying secrets override their own
 * {@code toString()} so key data is never logged.
 *
 * @since 1.0
 */
public final class Octets {
    private static final HexFormat HEX = HexFormat.of();
    private static final Octets EMPTY = new Octets(new byte[0]);
    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @return a copy of {@code bytes} as octets */
    public static Octets of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Octets(bytes.clone());
    }

    /** @return the octets of a hex string (spaces allowed) */
    public static Octets ofHex(String hex) {
        return new Octets(HEX.parseHex(hex.replace(" ", "")));
    }

    static Octets wrap(byte[] owned) {
        return new Octets(owned);
    }

    /** @return the number of bytes */
    public int length() {
        return bytes.length;
    }

    /** @return a copy of the bytes */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** @return the bytes as lower-case hex without separators */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    /** Writes the bytes to {@code out}. */
    public void writeTo(ByteBuf out) {
        out.writeBytes(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets && Arrays.equals(bytes, ((Octets) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length + ":" + hex();
    }
}

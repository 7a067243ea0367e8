package org.rmcp.codec;

/**
 * A 64-bit Multicast Agent ID (X.603.1 7.1.2; the amendment fixes its size through HRSREQ's
 * Length 0x14, 11.2.10). Our choice: IPv4 address (32) || port (16) || 0x0000 (16)
 * (docs/spec-notes.md); the low 16 bits are reserved and must be zero. Immutable value.
 *
 * @param value the 64 bits as on the wire
 * @since 1.0
 */
public record Maid(long value) {
    // our choice: MAID = IPv4 || port || 0x0000 (docs/spec-notes.md)
    static final long RESERVED_MASK = 0xFFFFL;

    /** Rejects a MAID whose reserved low 16 bits are set. */
    public Maid {
        if ((value & RESERVED_MASK) != 0) {
            throw new IllegalArgumentException("MAID reserved low 16 bits must be 0: " + Long.toHexString(value));
        }
    }

    /**
     * @param ipv4 the four address bytes
     * @param port the port, 0-65535
     * @return the MAID
     */
    public static Maid of(byte[] ipv4, int port) {
        if (ipv4.length != 4 || port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("MAID needs a 4-byte IPv4 address and a 16-bit port");
        }
        long ip = ((ipv4[0] & 0xFFL) << 24) | ((ipv4[1] & 0xFFL) << 16) | ((ipv4[2] & 0xFFL) << 8) | (ipv4[3] & 0xFFL);
        return new Maid((ip << 32) | ((long) port << 16));
    }

    /**
     * @param text {@code a.b.c.d:port} as {@link #toString()} prints it, or {@code 0x} and 16 hex digits
     * @return the MAID
     * @throws IllegalArgumentException if the text is neither
     */
    public static Maid parse(String text) {
        String t = text.trim();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return new Maid(Long.parseUnsignedLong(t.substring(2), 16));
        }
        int colon = t.lastIndexOf(':');
        String[] parts = colon < 0 ? new String[0] : t.substring(0, colon).split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("MAID must be a.b.c.d:port or 0x...: " + text);
        }
        byte[] ip = new byte[4];
        for (int i = 0; i < 4; i++) {
            int b = Integer.parseInt(parts[i]);
            if (b < 0 || b > 255) {
                throw new IllegalArgumentException("bad IPv4 byte in MAID: " + text);
            }
            ip[i] = (byte) b;
        }
        return of(ip, Integer.parseInt(t.substring(colon + 1)));
    }

    /** @return the IPv4 address bytes */
    public byte[] address() {
        long ip = value >>> 32;
        return new byte[] {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip};
    }

    /** @return the port */
    public int port() {
        return (int) (value >>> 16) & 0xFFFF;
    }

    /** @return {@code a.b.c.d:port} */
    @Override
    public String toString() {
        long ip = value >>> 32;
        return (ip >>> 24) + "." + ((ip >>> 16) & 0xFF) + "." + ((ip >>> 8) & 0xFF) + "." + (ip & 0xFF) + ":" + port();
    }
}

package org.rmcp.gk.kdc.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The KDC payload, {@code version || epoch || Kg length || Kg} (our format, see
 * {@code package-info.java}): encoding, and a decoder that checks every field before it reads it.
 */
final class KdcPayload {
    /** The only version this bundle writes and reads. */
    static final int VERSION = 0x01;
    /** version (1) + epoch (8) + Kg length (2). */
    static final int HEADER = 1 + 8 + 2;
    /**
     * our choice: a payload fits the 2048 bytes of KEY_DATA one KEY_MATERIAL sub-control carries
     * (Length at most 0x804 with a 4-byte head, clauses 11.2.4.3 b and 11.2.9.3 b;
     * docs/spec-notes.md). The runtime's encryption adds to that; real keys are 16 or 32 bytes.
     */
    static final int MAX_KEY_LENGTH = 0x804 - 4 - HEADER;

    private KdcPayload() {
    }

    /** A decoded payload; its key is the caller's to keep or wipe. */
    record Decoded(long epoch, byte[] kg) {
        @Override
        public String toString() {
            return "KdcPayload[epoch=" + epoch + ", Kg length=" + kg.length + "]";
        }
    }

    static byte[] encode(long epoch, byte[] kg) {
        return ByteBuffer.allocate(HEADER + kg.length)
            .put((byte) VERSION)
            .putLong(epoch)
            .putShort((short) kg.length)
            .put(kg)
            .array();
    }

    /**
     * @param keyLength the Kg length the session agreed
     * @throws GeneralSecurityException naming the first field that is missing, truncated or wrong
     */
    static Decoded decode(byte[] payload, int keyLength) throws GeneralSecurityException {
        if (payload == null || payload.length == 0) {
            throw malformed("version", "missing (empty payload)");
        }
        ByteBuffer in = ByteBuffer.wrap(payload);
        int version = in.get() & 0xFF;
        if (version != VERSION) {
            throw malformed("version", String.format("0x%02x, only 0x%02x is known", version, VERSION));
        }
        if (in.remaining() < Long.BYTES) {
            throw malformed("epoch", "truncated, " + in.remaining() + " of 8 bytes");
        }
        long epoch = in.getLong();
        if (epoch < 0) {
            throw malformed("epoch", String.format("0x%016x is above 2^63-1", epoch));
        }
        if (in.remaining() < Short.BYTES) {
            throw malformed("Kg length", "truncated, " + in.remaining() + " of 2 bytes");
        }
        int length = in.getShort() & 0xFFFF;
        if (length != in.remaining()) {
            throw malformed("Kg length", "says " + length + " bytes but " + in.remaining() + " follow");
        }
        if (length != keyLength) {
            throw malformed("Kg length", length + " bytes, the agreed key length is " + keyLength);
        }
        return new Decoded(epoch, Arrays.copyOfRange(payload, HEADER, payload.length));
    }

    static GeneralSecurityException malformed(String field, String what) {
        return new GeneralSecurityException("KDC payload " + field + ": " + what);
    }
}

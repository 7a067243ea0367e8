package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import java.util.function.IntFunction;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * Checked reads over one message: every read first checks that the field lies inside the
 * message's Length, and every failure names the message, the field (prefixed with the current
 * control) and its byte offset from the first header byte (X.603.1 Amd.1 clause 11).
 */
final class WireReader {
    private final ByteBuf buf;
    private final int base;
    private final RmcpCodec codec;
    private int end;
    private String message = "?";
    private String prefix = "";
    private String clause = "X.603.1 Amd.1 11.1";

    WireReader(ByteBuf buf, RmcpCodec codec) {
        this.buf = buf;
        this.base = buf.readerIndex();
        this.end = buf.writerIndex();
        this.codec = codec;
    }

    RmcpCodec codec() {
        return codec;
    }

    void message(String name, String messageClause, int length) {
        this.message = name;
        this.clause = messageClause;
        this.end = base + length;
    }

    /** Enters a control: field names get its name as prefix, errors cite its clause. */
    void enter(ControlType type) {
        prefix = type.name() + ".";
        clause = type.clause();
    }

    void enterSub(String name) {
        prefix = prefix + name + ".";
    }

    void leave(String messageClause) {
        prefix = "";
        clause = messageClause;
    }

    int offset() {
        return buf.readerIndex() - base;
    }

    int remaining() {
        return end - buf.readerIndex();
    }

    void need(String field, int n) {
        if (remaining() < n) {
            throw fail(Reason.TRUNCATED, field, offset(), "needs " + n + " byte(s), " + remaining() + " left");
        }
    }

    int u8(String field) {
        need(field, 1);
        return buf.readUnsignedByte();
    }

    int u16(String field) {
        need(field, 2);
        return buf.readUnsignedShort();
    }

    long u32(String field) {
        need(field, 4);
        return buf.readUnsignedInt();
    }

    long u64(String field) {
        need(field, 8);
        return buf.readLong();
    }

    /** Reads an 8-bit number and checks {@code min <= v <= max}. */
    int u8(String field, int min, int max) {
        int at = offset();
        int v = u8(field);
        if (v < min || v > max) {
            throw fail(Reason.BAD_VALUE, field, at, "value " + v + " outside " + min + "-" + max);
        }
        return v;
    }

    /** Reads a code of an open table (Tables 16, 17, 20, 22): any value but 0x00. */
    int openCode(String field) {
        int at = offset();
        int v = u8(field);
        if (v == 0) {
            throw fail(Reason.BAD_CODE, field, at, "code 0x00 is not defined");
        }
        return v;
    }

    /** Reads a code of a closed table; the table's own error is placed at this field. */
    <E> E code(String field, IntFunction<E> fromCode) {
        int at = offset();
        int v = u8(field);
        try {
            return fromCode.apply(v);
        } catch (RmcpProtocolException e) {
            throw e.at(message, prefix + field, at, clause);
        }
    }

    /** Reads a fixed 8-bit Length, checks it, then checks the rest of the control is present. */
    void fixedLength8(int expected) {
        int at = offset();
        int v = u8("Length");
        if (v != expected) {
            throw fail(Reason.BAD_LENGTH, "Length", at, String.format("0x%02x, shall be 0x%02x", v, expected));
        }
        if (remaining() < expected - 2) {
            throw fail(Reason.TRUNCATED, "Length", at, "control of " + expected + " bytes runs past the message end");
        }
    }

    /**
     * Reads the 16-bit Length of a variable (sub-)control starting at offset {@code start}, checks
     * {@code min <= Length <= max}, then checks the rest of the (sub-)control is inside the message.
     */
    int length16(int start, int min, int max) {
        int at = offset();
        int v = u16("Length");
        if (v < min || v > max) {
            throw fail(Reason.BAD_LENGTH, "Length", at, String.format("0x%04x outside 0x%04x-0x%04x", v, min, max));
        }
        int rest = v - (offset() - start);
        if (remaining() < rest) {
            throw fail(Reason.TRUNCATED, "Length", at, "0x" + Integer.toHexString(v) + " runs past the message end");
        }
        return v;
    }

    /** Reads a MAID; its low 16 bits are reserved (our choice, docs/spec-notes.md). */
    Maid maid(String field) {
        int at = offset();
        long v = u64(field);
        if ((v & Maid.RESERVED_MASK) != 0) {
            throw fail(Reason.RESERVED_NOT_ZERO, field, at + 6, "MAID low 16 bits shall be 0x0000");
        }
        return new Maid(v);
    }

    void reserved8(String field) {
        int at = offset();
        int v = u8(field);
        if (v != 0) {
            throw fail(Reason.RESERVED_NOT_ZERO, field, at, String.format("0x%02x, shall be 0x00", v));
        }
    }

    void reserved16(String field) {
        int at = offset();
        int v = u16(field);
        if (v != 0) {
            throw fail(Reason.RESERVED_NOT_ZERO, field, at, String.format("0x%04x, shall be 0x0000", v));
        }
    }

    Octets octets(String field, int n) {
        need(field, n);
        byte[] b = new byte[n];
        buf.readBytes(b);
        return Octets.wrap(b);
    }

    ByteBuf retainedSlice(String field, int n) {
        need(field, n);
        return buf.readRetainedSlice(n);
    }

    RmcpProtocolException fail(Reason reason, String field, int at, String detail) {
        return new RmcpProtocolException(message, prefix + field, at, clause, reason, detail);
    }

    /** A failure of a whole control (missing, duplicate, not allowed): no prefix. */
    RmcpProtocolException failControl(Reason reason, String field, int at, String detail) {
        return new RmcpProtocolException(message, field, at, clause, reason, detail);
    }
}

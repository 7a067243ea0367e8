package org.rmcp.codec;

/** Array lookup from an 8-bit code to a closed-table enum constant (Netty style). */
final class CodeLookup<E extends Enum<E> & Coded> {
    private final Object[] byCode = new Object[256];
    private final String field;
    private final String clause;

    CodeLookup(E[] values, String field, String clause) {
        for (E e : values) {
            if (byCode[e.code()] != null) {
                throw new IllegalStateException("duplicate code " + e.code() + " in " + field);
            }
            byCode[e.code()] = e;
        }
        this.field = field;
        this.clause = clause;
    }

    @SuppressWarnings("unchecked")
    E lookup(int code) {
        return code >= 0 && code < 256 ? (E) byCode[code] : null;
    }

    E fromCode(int code) {
        E e = lookup(code);
        if (e == null) {
            throw new RmcpProtocolException("?", field, -1, clause, RmcpProtocolException.Reason.BAD_CODE,
                    String.format("code 0x%02x is not in the table", code));
        }
        return e;
    }
}

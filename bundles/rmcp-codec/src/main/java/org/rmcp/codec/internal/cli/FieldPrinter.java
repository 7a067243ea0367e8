package org.rmcp.codec.internal.cli;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.rmcp.codec.Coded;
import org.rmcp.codec.Maid;
import org.rmcp.codec.Octets;
import org.rmcp.codec.RmcpMessage;

/**
 * Prints a decoded message one {@code FIELD=value} line per field, walking the record
 * components: controls become prefixes ({@code GK_MECH.GK_NAME}), repeated controls get an
 * index ({@code EN_DEC_CAPAB[1].PREFER}), codes show their table name ({@code 0x01 (SM)}).
 * {@link FieldParser} reads the same lines back.
 */
final class FieldPrinter {
    private FieldPrinter() {
    }

    static List<String> print(RmcpMessage m) {
        List<String> out = new ArrayList<>();
        out.add("message=" + m.messageType().name());
        out.add("VER=0x" + Integer.toHexString(RmcpMessage.VERSION));
        out.add(String.format("MESSAGE_TYPE=0x%02x (%s)", m.messageType().code(), m.messageType().name()));
        out.add(String.format("LENGTH=0x%04x (%d)", m.length(), m.length()));
        fields(m, "", out);
        return out;
    }

    private static void fields(Object record, String prefix, List<String> out) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            String name = prefix + FieldNames.snake(c.getName());
            Object v = Reflect.get(c, record);
            if (v instanceof List) {
                List<?> l = (List<?>) v;
                for (int i = 0; i < l.size(); i++) {
                    value(name + "[" + i + "]", FieldNames.snake(c.getName()), l.get(i), out);
                }
            } else if (v != null) {
                value(name, FieldNames.snake(c.getName()), v, out);
            }
        }
    }

    private static void value(String key, String field, Object v, List<String> out) {
        if (v instanceof Record && !(v instanceof Maid)) {
            fields(v, key + ".", out);
        } else {
            out.add(key + "=" + format(field, v));
        }
    }

    static String format(String field, Object v) {
        if (v instanceof Coded) {
            return String.format("0x%02x (%s)", ((Coded) v).code(), ((Enum<?>) v).name());
        }
        if (v instanceof Integer && FieldNames.isOpenCode(field)) {
            int code = (Integer) v;
            return String.format("0x%02x (%s)", code, FieldNames.openName(field, code));
        }
        if (v instanceof Long) {
            long l = (Long) v;
            return field.equals("SESSION_ID") ? String.format("0x%016x", l) : Long.toUnsignedString(l);
        }
        if (v instanceof Octets) {
            return ((Octets) v).hex();
        }
        if (v instanceof ByteBuf) {
            return ByteBufUtil.hexDump((ByteBuf) v);
        }
        return String.valueOf(v);
    }
}

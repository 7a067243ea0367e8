package org.rmcp.codec.internal.cli;

import io.netty.buffer.Unpooled;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rmcp.codec.Coded;
import org.rmcp.codec.Maid;
import org.rmcp.codec.MessageType;
import org.rmcp.codec.Octets;
import org.rmcp.codec.RmcpMessage;

/**
 * Builds a message from the {@code FIELD=value} lines {@link FieldPrinter} prints: the first
 * line is {@code message=<NAME>}; VER, MESSAGE_TYPE and LENGTH are optional and checked; every
 * other line must name a field of the message. Values may be given as printed
 * ({@code 0x01 (SM)}), as a number, or as a code name ({@code SM}, {@code AES_128_CBC}).
 */
final class FieldParser {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> lineOf = new LinkedHashMap<>();
    private MessageType type;

    /** The parsed message and the LENGTH line, if any, to check against the encoding. */
    record Parsed(RmcpMessage message, Integer length) {
    }

    static Parsed parse(List<String> lines) {
        return new FieldParser().run(lines);
    }

    private Parsed run(List<String> lines) {
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("line " + n + ": expected FIELD=value: " + line);
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (type == null) {
                if (!key.equals("message")) {
                    throw new IllegalArgumentException("line " + n + ": the first line must be message=<NAME>");
                }
                type = MessageType.valueOf(value);
                continue;
            }
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException("line " + n + ": " + key + " given twice");
            }
            lineOf.put(key, n);
        }
        if (type == null) {
            throw new IllegalArgumentException("no message=<NAME> line");
        }
        String ver = values.remove("VER");
        if (ver != null && number(ver) != RmcpMessage.VERSION) {
            throw new IllegalArgumentException("VER must be 0x4: " + ver);
        }
        String mt = values.remove("MESSAGE_TYPE");
        if (mt != null && number(mt) != type.code()) {
            throw new IllegalArgumentException("MESSAGE_TYPE " + mt + " is not " + type);
        }
        String len = values.remove("LENGTH");
        RmcpMessage m = (RmcpMessage) record(MessageClasses.of(type), "");
        if (!values.isEmpty()) {
            String k = values.keySet().iterator().next();
            throw new IllegalArgumentException("line " + lineOf.get(k) + ": " + type + " has no field " + k);
        }
        return new Parsed(m, len == null ? null : (int) number(len));
    }

    private Object record(Class<?> type, String prefix) {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            String field = FieldNames.snake(cs[i].getName());
            String key = prefix + field;
            if (cs[i].getType() == List.class) {
                Class<?> element = (Class<?>) ((ParameterizedType) cs[i].getGenericType()).getActualTypeArguments()[0];
                List<Object> list = new ArrayList<>();
                for (int j = 0; has(key + "[" + j + "]"); j++) {
                    list.add(item(element, key + "[" + j + "]", field));
                }
                args[i] = list;
            } else {
                args[i] = has(key) ? item(cs[i].getType(), key, field) : null;
            }
        }
        return Reflect.construct(type, args);
    }

    private boolean has(String key) {
        if (values.containsKey(key)) {
            return true;
        }
        for (String k : values.keySet()) {
            if (k.startsWith(key + ".")) {
                return true;
            }
        }
        return false;
    }

    private Object item(Class<?> type, String key, String field) {
        if (type.isRecord() && type != Maid.class) {
            return record(type, key + ".");
        }
        String v = values.remove(key);
        if (v == null) {
            throw new IllegalArgumentException(key + " needs a value, not sub-fields");
        }
        try {
            return scalar(type, field, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineOf.get(key) + ": " + key + ": " + e.getMessage(), e);
        }
    }

    private static Object scalar(Class<?> type, String field, String v) {
        if (type == String.class) {
            return v;
        }
        String token = v.contains(" (") ? v.substring(0, v.indexOf(" (")).strip() : v;
        if (Coded.class.isAssignableFrom(type)) {
            if (isNumber(token)) {
                return Reflect.fromCode(type, (int) number(token));
            }
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(token)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + v);
        }
        if (type == int.class) {
            if (!isNumber(token) && FieldNames.isOpenCode(field) && FieldNames.openCode(field, token) >= 0) {
                return FieldNames.openCode(field, token);
            }
            long n = number(token);
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("out of range: " + v);
            }
            return (int) n;
        }
        if (type == long.class) {
            return number(token);
        }
        if (type == Maid.class) {
            return Maid.parse(token);
        }
        if (type == Octets.class) {
            return Octets.ofHex(token);
        }
        if (type == io.netty.buffer.ByteBuf.class) {
            return Unpooled.wrappedBuffer(HexFormat.of().parseHex(token.replace(" ", "")));
        }
        throw new IllegalStateException("no parser for " + type);
    }

    private static boolean isNumber(String s) {
        return s.matches("0[xX][0-9a-fA-F]+|[0-9]+");
    }

    private static long number(String v) {
        String t = v.contains(" (") ? v.substring(0, v.indexOf(" (")).strip() : v.strip();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return Long.parseUnsignedLong(t.substring(2), 16);
        }
        if (!t.matches("[0-9]+")) {
            throw new IllegalArgumentException("not a number: " + v);
        }
        return Long.parseUnsignedLong(t);
    }
}

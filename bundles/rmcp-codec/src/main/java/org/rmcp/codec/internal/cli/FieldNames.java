package org.rmcp.codec.internal.cli;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.api.alg.GkNames;

/**
 * Field names as the CLI prints them (record component {@code gkName} is the spec's
 * {@code GK_NAME}) and names of the open code tables 16, 17, 20 and 22, taken from the constants
 * in {@code org.rmcp.api.alg}.
 */
final class FieldNames {
    private static final Map<String, Map<Integer, String>> OPEN = new HashMap<>();

    static {
        Map<Integer, String> enDec = constants(EnDecIds.class);
        for (String f : new String[] {"EN_DEC_ID", "CON_EN_DEC_ID", "GK_EN_DEC_ID"}) {
            OPEN.put(f, enDec);
        }
        OPEN.put("AUTH_ID", constants(AuthIds.class));
        OPEN.put("GK_NAME", constants(GkNames.class));
        OPEN.put("AUTH_NAME", constants(AuthNames.class));
    }

    private FieldNames() {
    }

    /** @return {@code gkMechCapab} as {@code GK_MECH_CAPAB} */
    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c) && b.length() > 0) {
                b.append('_');
            }
            b.append(Character.toUpperCase(c));
        }
        return b.toString();
    }

    /** @return whether the field holds a code of an open table */
    static boolean isOpenCode(String field) {
        return OPEN.containsKey(field);
    }

    /** @return the constant name of an open-table code, or a note on its range */
    static String openName(String field, int code) {
        String n = OPEN.get(field).get(code);
        if (n != null) {
            return n;
        }
        return field.endsWith("EN_DEC_ID") && code >= EnDecIds.SM_DEFINED_MIN ? "SM-defined" : "unassigned";
    }

    /** @return the code of an open-table constant name, or -1 */
    static int openCode(String field, String name) {
        for (Map.Entry<Integer, String> e : OPEN.get(field).entrySet()) {
            if (e.getValue().equals(name.toUpperCase(Locale.ROOT))) {
                return e.getKey();
            }
        }
        return -1;
    }

    private static Map<Integer, String> constants(Class<?> holder) {
        Map<Integer, String> m = new HashMap<>();
        for (Field f : holder.getFields()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) && f.getType() == int.class && !f.getName().endsWith("_MIN")) {
                try {
                    m.putIfAbsent(f.getInt(null), f.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return m;
    }
}

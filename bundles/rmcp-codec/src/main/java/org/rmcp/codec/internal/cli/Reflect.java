package org.rmcp.codec.internal.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** Reflection over the codec's public records, with checked exceptions turned into runtime ones. */
final class Reflect {
    private Reflect() {
    }

    static Object get(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Calls the canonical constructor; a rejected value surfaces as IllegalArgumentException. */
    static Object construct(Class<?> type, Object[] args) {
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
        }
        try {
            return type.getConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            String what = t instanceof NullPointerException ? "missing " + t.getMessage() : t.getMessage();
            throw new IllegalArgumentException(type.getSimpleName() + ": " + what, t);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls a closed table's {@code fromCode(int)}. */
    static Object fromCode(Class<?> enumType, int code) {
        try {
            return enumType.getMethod("fromCode", int.class).invoke(null, code);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

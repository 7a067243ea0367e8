package org.rmcp.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Helpers shared by the message records. */
final class Messages {
    private Messages() {
    }

    /** @return the non-null controls and the members of control lists, in argument order */
    static List<Control> controls(Object... items) {
        List<Control> out = new ArrayList<>(items.length);
        for (Object o : items) {
            if (o instanceof Control) {
                out.add((Control) o);
            } else if (o instanceof List) {
                for (Object c : (List<?>) o) {
                    out.add((Control) c);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }
}

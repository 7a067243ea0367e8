package org.rmcp.codec;

import java.util.LinkedHashMap;
import java.util.Map;

/** Exposes the golden vectors to tests in other packages. */
public final class GoldenAccess {
    private GoldenAccess() {
    }

    /** @return golden hex by vector name, in table order */
    public static Map<String, String> hexByName() {
        Map<String, String> m = new LinkedHashMap<>();
        Golden.all().forEach(g -> m.put(g.name, g.hex));
        return m;
    }
}

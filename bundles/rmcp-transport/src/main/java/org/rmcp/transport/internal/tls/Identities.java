package org.rmcp.transport.internal.tls;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rmcp.transport.PskStore;
import org.rmcp.transport.TlsConfig;

/** PSK identity helpers: UTF-8 on the wire, printable in logs, keys copied before BC zeroes them. */
final class Identities {
    private static final int MAX_LOGGED = 64;

    private Identities() {
    }

    static byte[] encode(String identity) {
        return identity.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the identity as text safe for a log line (control characters escaped, cut at 64) */
    static String printable(byte[] identity) {
        String s = new String(identity, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < MAX_LOGGED; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    /** @return a copy of the store's key, or null if unknown or shorter than the minimum */
    static byte[] lookup(PskStore store, byte[] identity) {
        if (identity == null || identity.length == 0 || identity.length > TlsConfig.MAX_PSK_IDENTITY_LENGTH) {
            return null;
        }
        byte[] key = store.lookup(new String(identity, StandardCharsets.UTF_8));
        return key == null || key.length < TlsConfig.MIN_PSK_LENGTH ? null : Arrays.copyOf(key, key.length);
    }
}

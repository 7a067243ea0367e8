package org.rmcp.spi.gk;

import java.util.Objects;

/**
 * A payload a mechanism wants delivered: to one member (unicast, under that member's KMAS)
 * or, with {@code to == null}, to the whole group (under the current Kg).
 *
 * @param to the recipient, or {@code null} for the group
 * @param payload opaque mechanism bytes, carried in KEY_MATERIAL
 * @since 1.0
 */
public record KeyMessage(MemberId to, byte[] payload) {
    /** Rejects a missing payload. */
    public KeyMessage {
        Objects.requireNonNull(payload, "payload");
    }

    /** @return whether this message goes to the whole group */
    public boolean toGroup() {
        return to == null;
    }
}

package org.rmcp.spi.gk;

import java.util.Objects;

/**
 * A payload a mechanism wants delivered: to one member (unicast, under that member's KMAS)
 * or, with {@code to == null}, to the whole group, encrypted by the runtime under the Kg in force
 * <em>before</em> the call that returned it (after a rekey the server's current key is already the
 * new one, which the members cannot read yet).
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

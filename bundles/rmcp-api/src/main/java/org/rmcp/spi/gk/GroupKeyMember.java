package org.rmcp.spi.gk;

import java.security.GeneralSecurityException;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Member side of a group key mechanism, one per RMA membership.
 *
 * @since 1.0
 */
@ConsumerType
public interface GroupKeyMember {
    /**
     * Consumes a payload from the key server.
     *
     * @return payloads to send back to the server (often none)
     * @throws GeneralSecurityException if the payload is malformed or does not verify
     */
    List<byte[]> onMessage(byte[] payload) throws GeneralSecurityException;

    /** @return the current Kg, or {@code null} before the first key arrived */
    byte[] currentKey();

    /** @return the epoch of {@link #currentKey()}, or -1 before the first key */
    long epoch();
}

package org.rmcp.transport;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The SM's table of pre-shared keys for TLS_PSK admission (X.603.1 Amd.1 10.1.1.1, RFC 4279):
 * PSK identity to key.
 *
 * <p>Called on a network event-loop thread during the handshake: it must answer from memory
 * and never block. It may be called concurrently.
 *
 * @since 1.0
 */
@ConsumerType
@FunctionalInterface
public interface PskStore {
    /**
     * @param identity the PSK identity the client offered (UTF-8 decoded)
     * @return the key (at least {@link TlsConfig#MIN_PSK_LENGTH} bytes; the caller does not
     *     keep or modify the array beyond the handshake), or {@code null} for an unknown identity
     */
    byte[] lookup(String identity);
}

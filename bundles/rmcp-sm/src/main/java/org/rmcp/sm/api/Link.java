package org.rmcp.sm.api;

import java.util.Objects;

/**
 * The TLS session a message arrived on (X.603.1 Amd.1 10.1.1.1): the transport's opaque id for
 * it and a fingerprint of its KTLS (first 8 hex digits of SHA-256 of exported keying material,
 * or any stable per-session value the transport chooses). Never key material.
 *
 * @param id the transport's identifier of the connection, unique while it is open
 * @param ktlsFingerprint what {@code rmcp:member-list} shows for KTLS
 * @since 1.0
 */
public record Link(String id, String ktlsFingerprint) {
    /** Checks both parts are present. */
    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ktlsFingerprint, "ktlsFingerprint");
    }
}

package org.rmcp.transport.internal;

/**
 * The outcome of a successful TLS admission (X.603.1 Amd.1 10.1.1.1).
 *
 * @param identity the authenticated peer (PSK identity or certificate subject)
 * @param ktls KTLS, 32 exported bytes (10.1.2.2)
 * @param session negotiated version and cipher suite
 */
public record Admission(String identity, byte[] ktls, String session) {
}

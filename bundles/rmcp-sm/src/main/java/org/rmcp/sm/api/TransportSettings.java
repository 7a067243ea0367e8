package org.rmcp.sm.api;

/**
 * Where and how a session's TLS listener runs (X.603.1 Amd.1 10.1.1.1: TLS_PSK or TLS_CERT),
 * as configured; the transport bundle reads it. Paths name files, never inline secrets.
 *
 * @param host address to bind
 * @param port TCP port
 * @param tlsMode {@code psk} or {@code cert}
 * @param pskIdentity PSK identity hint (psk mode)
 * @param pskFile file holding the PSK (psk mode)
 * @param certFile PEM certificate chain (cert mode)
 * @param keyFile PEM private key (cert mode)
 * @param trustFile PEM trust anchors for client certificates (cert mode)
 * @since 1.0
 */
public record TransportSettings(String host, int port, String tlsMode, String pskIdentity, String pskFile,
        String certFile, String keyFile, String trustFile) {
    /** TLS_PSK mode. */
    public static final String PSK = "psk";
    /** TLS_CERT mode. */
    public static final String CERT = "cert";

    /** Checks port and mode. */
    public TransportSettings {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port " + port + " outside 0-65535");
        }
        if (!PSK.equals(tlsMode) && !CERT.equals(tlsMode)) {
            throw new IllegalArgumentException("tlsMode must be psk or cert: " + tlsMode);
        }
    }
}

package org.rmcp.transport.internal.tls;

import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsContext;

/**
 * What a completed handshake yields: KTLS (X.603.1 Amd.1 10.1.2.2), exported with label
 * {@value #KTLS_LABEL} and no context (RFC 5705; RFC 8446 7.5), and the negotiated session.
 * BC allows the exporter only inside {@code notifyHandshakeComplete()}.
 *
 * @param ktls 32 bytes of exported keying material
 * @param session e.g. {@code TLSv1.3 TLS_AES_128_GCM_SHA256}
 */
public record HandshakeResult(byte[] ktls, String session) {
    /** Exporter label of KTLS. Our choice (docs/spec-notes-transport.md). */
    public static final String KTLS_LABEL = "EXPORTER-RMCP2-KTLS";
    /** KTLS length in bytes. */
    public static final int KTLS_LENGTH = 32;

    static HandshakeResult of(TlsContext context) {
        SecurityParameters sp = context.getSecurityParametersConnection();
        return new HandshakeResult(context.exportKeyingMaterial(KTLS_LABEL, null, KTLS_LENGTH),
                Suites.describe(sp.getNegotiatedVersion(), sp.getCipherSuite()));
    }
}

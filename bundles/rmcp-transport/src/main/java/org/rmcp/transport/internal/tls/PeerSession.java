package org.rmcp.transport.internal.tls;

import java.io.IOException;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsProtocol;

/** One side of a TLS admission handshake (X.603.1 Amd.1 10.1.1.1): a BC peer plus what we learnt. */
public interface PeerSession {
    /** @return a non-blocking protocol engine already accepting (server) or connecting (client) */
    TlsProtocol begin() throws IOException;

    /** @return the BC context (for the exporter and negotiated parameters) */
    TlsContext context();

    /** @return the authenticated peer identity, once the handshake completed */
    String peerIdentity();

    /** @return for logs: the PSK identity offered by the client or the certificate subject seen, or null */
    String claimedIdentity();

    /** @return KTLS and the negotiated session, once the handshake completed (else null) */
    HandshakeResult result();
}

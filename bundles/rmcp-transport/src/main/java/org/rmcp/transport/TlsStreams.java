package org.rmcp.transport;

import io.netty.channel.ChannelHandler;
import java.util.Objects;
import org.rmcp.transport.internal.TlsHandler;
import org.rmcp.transport.internal.tls.PeerSession;
import org.rmcp.transport.internal.tls.Peers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bouncy Castle TLS for other byte streams than control channels, with the same trust as
 * admission (X.603.1 Amd.1 10.1.1.1): TLS_PSK or TLS_CERT from a {@link TlsConfig}. The SM's
 * algorithm repository is served over it, so an MA fetches modules with its admission
 * credentials (JSSE has no PSK suites). Each {@link #newHandler()} goes first in a Netty
 * pipeline: it runs the handshake when the connection becomes active, holds writes until the
 * handshake is done, then passes plaintext {@code ByteBuf}s both ways. A failed handshake closes
 * the connection; the server side logs the reason and claimed identity, never key bytes.
 *
 * <p>Thread-safe; one instance serves many connections.
 *
 * @since 1.1
 */
public final class TlsStreams {
    private static final Logger LOG = LoggerFactory.getLogger(TlsStreams.class);
    private final Peers peers;
    private final boolean server;
    private final TransportOptions options;

    private TlsStreams(Peers peers, boolean server, TransportOptions options) {
        this.peers = peers;
        this.server = server;
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @throws IllegalArgumentException if {@code tls} lacks the server part of its mode
     */
    public static TlsStreams server(TlsConfig tls, TransportOptions options) {
        return new TlsStreams(new Peers(tls).checkServer(), true, options);
    }

    /**
     * @throws IllegalArgumentException if {@code tls} lacks the client part of its mode
     */
    public static TlsStreams client(TlsConfig tls, TransportOptions options) {
        return new TlsStreams(new Peers(tls).checkClient(), false, options);
    }

    /** @return a handler for one new connection (not shareable) */
    public ChannelHandler newHandler() {
        PeerSession peer = server ? peers.server() : peers.client();
        TlsHandler handler = new TlsHandler(peer, options.handshakeTimeout(), true);
        if (server) {
            handler.admission().whenComplete((a, error) -> {
                if (error != null) {
                    String who = peer.claimedIdentity();
                    LOG.warn("TLS refused{}: {}", who == null ? "" : " (identity '" + who + "')", error.getMessage());
                }
            });
        }
        return handler;
    }
}

package org.rmcp.provisioning;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.util.Objects;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * How an MA trusts the SM's repository connection: makes the client-side TLS handler, so the
 * download reuses the admission trust (TLS-PSK or certificates, X.603.1 Amd.1 clause 10.1.2).
 * The handler goes first in the pipeline and must hold back application data until its
 * handshake is done (as Netty's {@link SslHandler} does). Signer trust of the bundles is apart:
 * the container's PID {@code org.rmcp.provisioning.trust}.
 *
 * @since 1.0
 */
@ConsumerType
@FunctionalInterface
public interface TrustConfig {
    /**
     * @param channel the new connection
     * @param host the repository host, for SNI and host name checks
     * @param port the repository port
     * @return a new handler for it
     */
    ChannelHandler newHandler(Channel channel, String host, int port);

    /** @return TLS from a Netty client {@link SslContext}, checking the server's name as HTTPS does */
    static TrustConfig of(SslContext context) {
        Objects.requireNonNull(context, "context");
        if (!context.isClient()) {
            throw new IllegalArgumentException("Not a client SslContext");
        }
        return (channel, host, port) -> {
            SslHandler handler = context.newHandler(channel.alloc(), host, port);
            SSLEngine engine = handler.engine();
            SSLParameters params = engine.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            engine.setSSLParameters(params);
            return handler;
        };
    }
}

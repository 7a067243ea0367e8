package org.rmcp.provisioning;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.handler.ssl.SslContext;
import java.util.Objects;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Makes the server-side TLS handler of one accepted repository connection, so the repository
 * reuses the admission trust (TLS-PSK or certificates, X.603.1 Amd.1 clause 10.1.2). The handler
 * goes first in the pipeline and must hold back application data until its handshake is done.
 *
 * @since 1.0
 */
@ConsumerType
@FunctionalInterface
public interface ServerTls {
    /**
     * @param channel the accepted connection
     * @return a new handler for it
     */
    ChannelHandler newHandler(Channel channel);

    /** @return TLS from a Netty server {@link SslContext} */
    static ServerTls of(SslContext context) {
        Objects.requireNonNull(context, "context");
        if (!context.isServer()) {
            throw new IllegalArgumentException("Not a server SslContext");
        }
        return channel -> context.newHandler(channel.alloc());
    }
}

package org.rmcp.provisioning.internal.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.rmcp.provisioning.RepositoryEndpoint;
import org.rmcp.provisioning.ServerTls;

/**
 * HTTPS endpoint of the SM repository (our choice of module delivery for SECALGREQ, X.603.1
 * Amd.1 11.2.7; the Recommendation leaves it open): TLS from the caller, then HTTP/1.1.
 */
public final class RepositoryServer implements RepositoryEndpoint {
    /** A connection that sends nothing for this long is closed. */
    static final int IDLE_SECONDS = 30;

    private final EventLoopGroup group;
    private final Channel channel;
    private final URI base;

    private RepositoryServer(EventLoopGroup group, Channel channel, URI base) {
        this.group = group;
        this.channel = channel;
        this.base = base;
    }

    /**
     * Binds and serves until {@link #close()}.
     *
     * @throws IOException if it cannot bind
     */
    public static RepositoryServer start(RepositoryContent content, InetSocketAddress bind, ServerTls tls)
            throws IOException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(tls, "tls");
        EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("rmcp-repository", true));
        ChannelFuture bound = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel c) {
                    c.pipeline().addLast("tls", tls.newHandler(c))
                        .addLast("idle", new ReadTimeoutHandler(IDLE_SECONDS))
                        .addLast("http", new HttpServerCodec())
                        .addLast("chunked", new ChunkedWriteHandler())
                        .addLast("repository", new RepositoryRequestHandler(content));
                }
            }).bind(bind).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            throw new IOException("Cannot serve the algorithm repository on " + bind + ": " + bound.cause(),
                bound.cause());
        }
        Channel ch = bound.channel();
        return new RepositoryServer(group, ch, base((InetSocketAddress) ch.localAddress()));
    }

    /** A wildcard bind is named by the loopback address: the SM advertises the address MAs reach it by. */
    private static URI base(InetSocketAddress bound) {
        InetAddress a = bound.getAddress();
        String host = (a == null || a.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : a).getHostAddress();
        try {
            return new URI("https", null, host, bound.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}

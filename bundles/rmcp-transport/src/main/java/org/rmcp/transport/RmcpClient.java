package org.rmcp.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.transport.internal.Pipelines;
import org.rmcp.transport.internal.tls.Peers;

/**
 * An MA's side of TLS admission (X.603.1 Amd.1 10.1.1.1): connects to the SM, runs the TLS_PSK
 * or TLS_CERT handshake and yields an admitted {@link ControlChannel}.
 *
 * <p>Thread-safe; one client may hold many channels, all on its network thread(s).
 *
 * @since 1.0
 */
public final class RmcpClient implements AutoCloseable {
    private final EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("rmcp-client", true));
    private final Peers peers;
    private final RmcpCodec codec;
    private final TransportOptions options;

    private RmcpClient(TlsConfig tls, TransportOptions options) {
        this.peers = new Peers(tls).checkClient();
        this.codec = Pipelines.codec(options);
        this.options = options;
    }

    /**
     * @throws IllegalArgumentException if {@code tls} lacks the client part of its mode
     */
    public static RmcpClient create(TlsConfig tls, TransportOptions options) {
        return new RmcpClient(tls, options);
    }

    /**
     * Connects and runs the handshake.
     *
     * <p>In TLS 1.3 with certificates the SM judges the MA's certificate after the MA's side of
     * the handshake has finished (RFC 8446 4.4.2.4): a refusal then arrives after this future
     * completed, and the channel closes with an {@link AdmissionException} as the cause given to
     * {@link ControlChannel.Listener#onClosed}.
     *
     * @return completes, on the channel's network thread, with the admitted channel (inbound
     *     messages held until {@link ControlChannel#listen}), or exceptionally with an
     *     {@link AdmissionException}
     */
    public CompletableFuture<ControlChannel> connect(InetSocketAddress remote) {
        CompletableFuture<ControlChannel> result = new CompletableFuture<>();
        new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) options.handshakeTimeout().toMillis())
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        Pipelines.init(ch, peers.client(), codec, options).whenComplete((cc, error) -> {
                            if (error != null) {
                                result.completeExceptionally(error);
                            } else {
                                cc.watchClose();
                                result.complete(cc);
                            }
                        });
                    }
                }).connect(remote).addListener(f -> {
                    if (!f.isSuccess()) {
                        result.completeExceptionally(new AdmissionException(AdmissionException.Reason.CONNECT_FAILED, -1,
                                remote + ": " + f.cause(), f.cause()));
                    }
                });
        return result;
    }

    /** Closes every channel of this client and stops its network thread (waits up to 5 s). */
    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}

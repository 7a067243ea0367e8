package org.rmcp.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.transport.internal.Pipelines;
import org.rmcp.transport.internal.tls.PeerSession;
import org.rmcp.transport.internal.tls.Peers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SM's TLS admission endpoint (X.603.1 Amd.1 10.1.1.1): accepts TCP connections, runs the
 * TLS_PSK or TLS_CERT handshake and hands each admitted MA's {@link ControlChannel} to the
 * application. A connection whose handshake fails (unknown PSK identity, wrong key, untrusted or
 * missing certificate, timeout) is logged with the reason and the claimed identity, never key
 * bytes, and closed; nothing of it is kept.
 *
 * <p>Thread-safe. The admission callback runs on a network thread and must not block; set up
 * the channel there ({@link ControlChannel#protect}, {@link ControlChannel#listen}).
 *
 * @since 1.0
 */
public final class RmcpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RmcpServer.class);
    private final EventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("rmcp-accept", true));
    private final EventLoopGroup workers = new NioEventLoopGroup(0, new DefaultThreadFactory("rmcp-server", true));
    private final Set<ControlChannel> channels = ConcurrentHashMap.newKeySet();
    private final Peers peers;
    private final RmcpCodec codec;
    private final TransportOptions options;
    private final Consumer<ControlChannel> onAdmission;
    private Channel listener;

    private RmcpServer(TlsConfig tls, TransportOptions options, Consumer<ControlChannel> onAdmission) {
        this.peers = new Peers(tls).checkServer();
        this.codec = Pipelines.codec(options);
        this.options = options;
        this.onAdmission = onAdmission;
    }

    /**
     * Binds and starts accepting. Blocks until bound: do not call from a network thread.
     *
     * @param address where to listen (port 0: an ephemeral port, see {@link #localAddress()})
     * @param onAdmission receives every admitted channel, on its network thread
     * @throws IOException if the address cannot be bound
     * @throws IllegalArgumentException if {@code tls} lacks the server part of its mode
     */
    public static RmcpServer start(InetSocketAddress address, TlsConfig tls, TransportOptions options,
            Consumer<ControlChannel> onAdmission) throws IOException {
        RmcpServer s = new RmcpServer(tls, options, onAdmission);
        try {
            s.listener = new ServerBootstrap().group(s.boss, s.workers).channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            s.accept(ch);
                        }
                    }).bind(address).syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            s.close();
            throw new IOException("cannot bind " + address + ": " + e.getMessage(), e);
        }
        LOG.info("RMCP-2 admission endpoint on {} ({})", s.localAddress(), tls);
        return s;
    }

    private void accept(SocketChannel ch) {
        PeerSession peer = peers.server();
        Pipelines.init(ch, peer, codec, options).whenComplete((cc, error) -> {
            if (error != null) {
                String who = peer.claimedIdentity();
                LOG.warn("TLS admission refused from {}{}: {}", ch.remoteAddress(),
                        who == null ? "" : " (identity '" + who + "')", error.getMessage());
                return;
            }
            channels.add(cc);
            ch.closeFuture().addListener(f -> channels.remove(cc));
            cc.watchClose();
            LOG.info("admitted '{}' from {} over {}", cc.peerIdentity(), ch.remoteAddress(), cc.tlsSession());
            try {
                onAdmission.accept(cc);
            } catch (RuntimeException e) {
                LOG.warn("admission callback failed for {}; closing", cc, e);
                cc.close();
            }
        });
    }

    /** @return the bound address (with the actual port) */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** @return the admitted channels still open */
    public Set<ControlChannel> channels() {
        return Set.copyOf(channels);
    }

    /** Stops accepting, closes every channel and stops the network threads (waits up to 5 s). */
    @Override
    public void close() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
        }
        channels.forEach(ControlChannel::close);
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        boss.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        workers.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}

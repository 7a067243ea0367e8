package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.transport.Fixtures.KEY_A;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TLS_PSK around a plain byte stream (the SM repository's HTTPS): the client writes before the
 * handshake ends and the bytes wait for it; an unknown identity gets no byte through.
 */
class TlsStreamsTest {
    private final EventLoopGroup group = new NioEventLoopGroup(2);
    private Channel server;

    @BeforeEach
    void start() {
        TlsStreams tls = TlsStreams.server(Fixtures.pskServer(), Fixtures.options());
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(tls.newHandler()).addLast(new ChannelInboundHandlerAdapter() {
                        @Override
                        public void channelRead(ChannelHandlerContext ctx, Object msg) {
                            ByteBuf in = (ByteBuf) msg;
                            String text = in.toString(StandardCharsets.US_ASCII);
                            in.release();
                            ctx.writeAndFlush(Unpooled.copiedBuffer("echo:" + text, StandardCharsets.US_ASCII));
                        }
                    });
                }
            }).bind(Fixtures.ANY_PORT).syncUninterruptibly().channel();
    }

    @AfterEach
    void stop() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private CompletableFuture<String> request(String identity, byte[] key, CompletableFuture<Void> closed) {
        TlsStreams tls = TlsStreams.client(Fixtures.pskClient(identity, key), Fixtures.options());
        CompletableFuture<String> answer = new CompletableFuture<>();
        Channel c = new Bootstrap().group(group).channel(NioSocketChannel.class)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(tls.newHandler()).addLast(new ChannelInboundHandlerAdapter() {
                        @Override
                        public void channelActive(ChannelHandlerContext ctx) {
                            ctx.writeAndFlush(Unpooled.copiedBuffer("GET /", StandardCharsets.US_ASCII));
                        }

                        @Override
                        public void channelRead(ChannelHandlerContext ctx, Object msg) {
                            ByteBuf in = (ByteBuf) msg;
                            answer.complete(in.toString(StandardCharsets.US_ASCII));
                            in.release();
                        }
                    });
                }
            }).connect(server.localAddress()).syncUninterruptibly().channel();
        c.closeFuture().addListener(f -> closed.complete(null));
        return answer;
    }

    @Test
    void bytesWrittenBeforeTheHandshakeEndsArriveAfterIt() throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        assertEquals("echo:GET /", request("dma-1", KEY_A, closed).get(Fixtures.WAIT_S, TimeUnit.SECONDS));
    }

    @Test
    void anUnknownIdentityGetsNothingThrough() throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        CompletableFuture<String> answer = request("mallory", KEY_A, closed);
        closed.get(Fixtures.WAIT_S, TimeUnit.SECONDS);
        assertTrue(!answer.isDone(), "no answer to a refused client");
    }
}

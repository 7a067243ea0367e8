package org.rmcp.content;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.Data;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.netty.RmcpFrameDecoder;
import org.rmcp.content.Fixtures.Mode;

/**
 * SMA → DMA → RMAs over loopback TCP (X.603.1 Amd.1 10.2.7, Figure 104): the DMA relays with its
 * children on another event loop than its parent; one RMA never reads, and the others still get
 * every byte.
 */
class RelayLoopbackTest {
    private static final int TOTAL = 8 * 1024 * 1024;
    private static final int BURST = 256 * 1024;
    private static final int CHUNK = 16 * 1024;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final NioEventLoopGroup dmaParent = new NioEventLoopGroup(1);
    private final NioEventLoopGroup dmaChildren = new NioEventLoopGroup(1);
    private final NioEventLoopGroup peers = new NioEventLoopGroup(2);
    private final List<Channel> channels = new ArrayList<>();

    @AfterEach
    void tearDown() {
        channels.forEach(Channel::close);
        for (NioEventLoopGroup g : List.of(dmaParent, dmaChildren, peers)) {
            g.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** An in-process RMA: opens every DATA it gets and hashes the content. */
    private static final class Rma extends SimpleChannelInboundHandler<Data> {
        final ContentOpener opener;
        final MessageDigest sha = sha256();
        final List<Long> seqs = new CopyOnWriteArrayList<>();
        final List<Exception> errors = new CopyOnWriteArrayList<>();
        volatile long bytes;

        Rma(ContentKeys keys) {
            opener = ContentOpener.create(Mode.AES_128_GCM.suite(), keys, Fixtures.SESSION, Fixtures.SMA);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Data d) {
            try {
                ByteBuf plain = opener.open(d);
                sha.update(plain.nioBuffer());
                bytes += plain.readableBytes();
                seqs.add(d.seqNo());
                plain.release();
            } catch (ContentException e) {
                errors.add(e);
            }
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aSlowChildDoesNotStallTheOthers() throws Exception {
        ContentMeter dmaMeter = new ContentMeter();
        Relay relay = Relay.create(Fixtures.SESSION, dmaMeter);
        Channel childServer = new ServerBootstrap().group(dmaChildren).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(512 * 1024, 1024 * 1024))
                .childOption(ChannelOption.SO_SNDBUF, 16 * 1024)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        relay.addChild(ch);
                    }
                }).bind("127.0.0.1", 0).sync().channel();
        Channel parentServer = new ServerBootstrap().group(dmaParent).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(relay.newParentHandler());
                    }
                }).bind("127.0.0.1", 0).sync().channel();
        channels.add(childServer);
        channels.add(parentServer);

        ContentKeys keys = new ContentKeys();
        keys.install(1, Fixtures.kc(1));
        List<Rma> fast = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Rma rma = new Rma(keys);
            fast.add(rma);
            channels.add(connect(childServer, rma, false));
        }
        Rma slow = new Rma(keys);
        Channel slowChannel = connect(childServer, slow, true);
        channels.add(slowChannel);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> relay.children().size() == 4);
        Channel slowAtDma = relay.children().stream()
                .filter(c -> ((InetSocketAddress) c.remoteAddress()).getPort()
                        == ((InetSocketAddress) slowChannel.localAddress()).getPort())
                .findFirst().orElseThrow();

        ContentSealer sealer = ContentSealer.create(Mode.AES_128_GCM.suite(), Fixtures.SESSION, Fixtures.SMA);
        sealer.rekey(1, Fixtures.kc(1));
        Channel sma = new Bootstrap().group(peers).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                    }
                }).connect(parentServer.localAddress()).sync().channel();
        channels.add(sma);

        byte[] content = Fixtures.random(TOTAL, 5);
        for (int off = 0; off < TOTAL; off += BURST) {
            sealer.sealAll(Unpooled.wrappedBuffer(content, off, BURST), CHUNK, d -> {
                sma.write(RmcpCodec.DEFAULT.encode(d, sma.alloc()));
                d.release();
            });
            sma.flush();
            long sent = off + BURST;
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> fast.stream().allMatch(r -> r.bytes == sent));
        }

        byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
        for (Rma rma : fast) {
            assertTrue(rma.errors.isEmpty(), rma.errors.toString());
            assertArrayEquals(digest, rma.sha.digest());
        }
        long dropped = relay.droppedFrames(slowAtDma).orElseThrow();
        assertTrue(dropped > 0, "the slow child had frames dropped");
        Relay.Stats stats = relay.stats();
        assertEquals(dropped, stats.framesDropped(), "only the slow child lost frames");
        assertEquals(0, stats.cipherBytes(), "the DMA decrypted nothing");

        slowChannel.config().setAutoRead(true);
        long frames = TOTAL / CHUNK;
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> slow.seqs.size() + dropped == frames);
        assertTrue(slow.errors.isEmpty(), "what the slow child got is whole frames that open: " + slow.errors);
        for (int i = 1; i < slow.seqs.size(); i++) {
            assertTrue(slow.seqs.get(i) > slow.seqs.get(i - 1));
        }
    }

    private Channel connect(Channel server, Rma rma, boolean slow) throws InterruptedException {
        Bootstrap b = new Bootstrap().group(peers).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new RmcpFrameDecoder(RmcpCodec.DEFAULT), rma);
                    }
                });
        if (slow) {
            b.option(ChannelOption.AUTO_READ, false).option(ChannelOption.SO_RCVBUF, 4096);
        }
        return b.connect(server.localAddress()).sync().channel();
    }
}

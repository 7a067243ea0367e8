package org.rmcp.bench.content;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.rmcp.content.ContentMeter;
import org.rmcp.content.Relay;

/**
 * A DMA's relay fan-out (X.603.1 Amd.1 10.2.7, Figure 104) over real loopback TCP: one parent
 * connection into the DMA, {@code children} connections out of it to in-process RMAs that only
 * count bytes. One operation sends a burst of about 256 KiB of sealed DATA frames (AES-128-GCM,
 * {@code frameSize} content bytes each) into the DMA and waits until every child has received
 * all of it, so ops/s × burst × children is the goodput.
 *
 * <p>{@link #ours}: the DMA's parent pipeline is our {@link Relay}'s handler (framing, full decode
 * and check of every message with the codec, session filter, a retained duplicate of the received
 * frame per writable child, drops counted, flushed per read burst). {@link #plainNetty}, the
 * baseline: a length-field frame decoder + a plain handler writing {@code retainedDuplicate()} of
 * each frame to every child, flushed per read burst. Target ours / plainNetty >= 0.9. The DMA
 * runs on one event loop (parent and children), the source and the RMAs on another. Children's
 * write-buffer high water mark is 4 MiB, above one burst, so the relay drops nothing (checked).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RelayFanOutBenchmark {
    static final long SESSION = Frames.SESSION;
    private static final int BURST_BYTES = 256 * 1024;

    @Param({"100"})
    public int children;

    @Param({"1024", "16384"})
    public int frameSize;

    private NioEventLoopGroup dmaLoop;
    private NioEventLoopGroup peerLoop;
    private final List<Channel> channels = new CopyOnWriteArrayList<>();
    private final List<Channel> dmaChildren = new CopyOnWriteArrayList<>();
    private Relay relay;
    private Channel source;
    private ByteBuf burst;
    private long perOp;
    private final Sink sink = new Sink();

    @Setup(Level.Trial)
    public void setup(BenchmarkParams params) throws InterruptedException, GeneralSecurityException {
        boolean ours = params.getBenchmark().endsWith(".ours");
        dmaLoop = new NioEventLoopGroup(1);
        peerLoop = new NioEventLoopGroup(1);
        relay = Relay.create(SESSION, new ContentMeter());
        Channel childServer = server(ch -> {
            if (ours) {
                relay.addChild(ch);
            } else {
                dmaChildren.add(ch);
            }
        });
        Channel parentServer = server(ch -> {
            if (ours) {
                ch.pipeline().addLast(relay.newParentHandler());
            } else {
                ch.pipeline().addLast(Frames.plainDecoder(), new PlainFanOut(dmaChildren));
            }
        });
        Bootstrap rma = new Bootstrap().group(peerLoop).channel(NioSocketChannel.class).handler(sink);
        for (int i = 0; i < children; i++) {
            channels.add(rma.connect(childServer.localAddress()).sync().channel());
        }
        while ((ours ? relay.children().size() : dmaChildren.size()) < children) {
            Thread.onSpinWait();
        }
        source = new Bootstrap().group(peerLoop).channel(NioSocketChannel.class).handler(new ChannelInboundHandlerAdapter())
                .connect(parentServer.localAddress()).sync().channel();
        channels.add(source);
        burst = Frames.burst(frameSize, BURST_BYTES);
        perOp = (long) burst.readableBytes() * children;
    }

    private Channel server(Consumer<Channel> init) throws InterruptedException {
        Channel server = new ServerBootstrap().group(dmaLoop).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(2 << 20, 4 << 20))
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        init.accept(ch);
                    }
                }).bind("127.0.0.1", 0).sync().channel();
        channels.add(server);
        return server;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        long dropped = relay.stats().framesDropped();
        channels.forEach(Channel::close);
        dmaChildren.forEach(Channel::close);
        dmaLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        peerLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        burst.release();
        if (dropped > 0) {
            throw new IllegalStateException(dropped + " frames dropped: the goodput figure is not comparable");
        }
    }

    @Benchmark
    public long ours() throws InterruptedException {
        return fanOut();
    }

    @Benchmark
    public long plainNetty() throws InterruptedException {
        return fanOut();
    }

    private long fanOut() throws InterruptedException {
        CountDownLatch done = sink.expect(perOp);
        source.writeAndFlush(burst.retainedDuplicate());
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fan-out stalled at " + sink.received + " bytes; relay " + relay.stats());
        }
        return sink.received;
    }

    /** The baseline DMA: every frame to every child as a retained duplicate, flushed per read burst. */
    private static final class PlainFanOut extends ChannelInboundHandlerAdapter {
        private final List<Channel> children;

        PlainFanOut(List<Channel> children) {
            this.children = children;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf frame = (ByteBuf) msg;
            try {
                for (Channel c : children) {
                    c.write(frame.retainedDuplicate(), c.voidPromise());
                }
            } finally {
                frame.release();
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            for (Channel c : children) {
                c.flush();
            }
            ctx.fireChannelReadComplete();
        }
    }

    /** All RMAs' reading side, on one event loop: counts bytes and opens the latch at the target. */
    @Sharable
    private static final class Sink extends ChannelInboundHandlerAdapter {
        private volatile long target;
        private volatile CountDownLatch latch = new CountDownLatch(0);
        /** Written by the peer event loop only. */
        volatile long received;

        CountDownLatch expect(long bytes) {
            CountDownLatch l = new CountDownLatch(1);
            latch = l;
            target = received + bytes;
            return l;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf b = (ByteBuf) msg;
            long r = received + b.readableBytes();
            received = r;
            b.release();
            if (r >= target) {
                latch.countDown();
            }
        }
    }
}

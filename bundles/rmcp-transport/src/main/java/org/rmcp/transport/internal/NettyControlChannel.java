package org.rmcp.transport.internal;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.transport.ControlChannel;
import org.rmcp.transport.MessageProtector;
import org.rmcp.transport.TransportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admitted control channel (X.603.1 Amd.1 10.1.1.1) and the last handler of its pipeline:
 * {@code tls → gate → decoder → encoder → endpoint}. Delivers decoded messages to the listener;
 * any decode error closes the channel with a log line naming the field and clause.
 */
public final class NettyControlChannel extends ChannelInboundHandlerAdapter implements ControlChannel {
    static final String NAME = "endpoint";
    static final String DECODER = "decoder";
    static final String ENCODER = "encoder";
    private static final Logger LOG = LoggerFactory.getLogger(NettyControlChannel.class);
    private final Channel channel;
    private final Admission admission;
    private final RmcpCodec codec;
    private final TransportOptions options;
    private volatile Listener listener;
    private volatile Throwable cause;
    private volatile boolean closedSeen;
    private final AtomicBoolean notified = new AtomicBoolean();
    private final ChannelKeys keys = new ChannelKeys();

    NettyControlChannel(Channel channel, Admission admission, RmcpCodec codec, TransportOptions options) {
        this.channel = channel;
        this.admission = admission;
        this.codec = codec;
        this.options = options;
    }

    @Override
    public String peerIdentity() {
        return admission.identity();
    }

    @Override
    public byte[] ktls() {
        return admission.ktls().clone();
    }

    @Override
    public String tlsSession() {
        return admission.session();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) channel.remoteAddress();
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public synchronized void listen(Listener l) {
        if (listener != null) {
            throw new IllegalStateException("listener already set");
        }
        listener = l;
        onChannelThread(() -> {
            InboundGate gate = (InboundGate) channel.pipeline().get(InboundGate.NAME);
            if (gate != null) {
                gate.open(channel.pipeline().context(gate));
                channel.config().setAutoRead(true);
            }
        });
        notifyClosed(); // a channel that closed before listen() reports it now
    }

    @Override
    public CompletableFuture<Void> send(RmcpMessage message) {
        return toCompletable(channel.writeAndFlush(message));
    }

    @Override
    public void protect(MessageProtector send, MessageProtector receive) {
        Objects.requireNonNull(send, "send");
        Objects.requireNonNull(receive, "receive");
        onChannelThread(() -> sealing().protect(send, receive));
    }

    @Override
    public void pin(int messageType, MessageProtector send, MessageProtector receive) {
        Objects.requireNonNull(send, "send");
        Objects.requireNonNull(receive, "receive");
        if (messageType < 0 || messageType > 0xFF) {
            throw new IllegalArgumentException("message type " + messageType);
        }
        onChannelThread(() -> sealing().pin(messageType, send, receive));
    }

    /** @return the channel's keys, putting the sealing encoder and opening decoder in place the first time */
    private ChannelKeys sealing() {
        if (!keys.active()) {
            ChannelPipeline p = channel.pipeline();
            if (p.get(DECODER) != null && !(p.get(DECODER) instanceof OpeningDecoder)) {
                p.replace(DECODER, DECODER, new OpeningDecoder(keys, codec, options.maxOpenFailures(), toString()));
                p.replace(ENCODER, ENCODER, new SealingEncoder(keys, codec));
            }
        }
        return keys;
    }

    @Override
    public CompletableFuture<Void> close() {
        return toCompletable(channel.close());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Listener l = listener;
        if (l == null || !(msg instanceof RmcpMessage)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        try {
            l.onMessage(this, (RmcpMessage) msg);
        } catch (RuntimeException e) {
            LOG.warn("listener of {} failed on {}", this, ((RmcpMessage) msg).messageType(), e);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable t) {
        Throwable c = t instanceof DecoderException && t.getCause() != null ? t.getCause() : t;
        if (cause == null) {
            cause = c;
        }
        LOG.warn("closing control channel {}: {}", this, c.toString());
        ctx.close();
    }

    /** Notifies the listener once the channel closes; call after the owner's own close bookkeeping. */
    public void watchClose() {
        channel.closeFuture().addListener(f -> closed());
    }

    private void closed() {
        closedSeen = true;
        notifyClosed();
    }

    private void notifyClosed() {
        Listener l = listener;
        if (l != null && closedSeen && notified.compareAndSet(false, true)) {
            try {
                l.onClosed(this, cause);
            } catch (RuntimeException e) {
                LOG.warn("listener of {} failed on close", this, e);
            }
        }
    }

    private void onChannelThread(Runnable r) {
        if (channel.eventLoop().inEventLoop()) {
            r.run();
            return;
        }
        try {
            channel.eventLoop().execute(r);
        } catch (RejectedExecutionException e) {
            LOG.debug("{} already shut down", this);
        }
    }

    private static CompletableFuture<Void> toCompletable(ChannelFuture f) {
        CompletableFuture<Void> out = new CompletableFuture<>();
        f.addListener(x -> {
            if (x.isSuccess()) {
                out.complete(null);
            } else {
                out.completeExceptionally(x.cause());
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return "'" + admission.identity() + "'@" + channel.remoteAddress();
    }
}

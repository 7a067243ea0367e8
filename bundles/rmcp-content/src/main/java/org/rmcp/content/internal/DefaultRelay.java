package org.rmcp.content.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInboundHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.rmcp.codec.Data;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.content.ContentMeter;
import org.rmcp.content.Relay;

/**
 * A DMA's zero-copy, no-decryption content relay (X.603.1 Amd.1 10.2.7, Figure 104); policy on
 * {@link Relay}. Forwarding runs on the parent's event loop only, which owns the counters
 * (single writer, volatile for readers) and the children's dirty flags; a parent that changes
 * hands over between reads.
 */
public final class DefaultRelay implements Relay {
    private final long sessionId;
    private final ContentMeter meter;
    private final RmcpCodec codec;
    private volatile ChildLink[] children = new ChildLink[0];
    private volatile long framesIn;
    private volatile long framesForwarded;
    private volatile long bytesForwarded;
    private volatile long framesDropped;
    private volatile long framesRejected;

    /** See {@link Relay#create(long, ContentMeter, RmcpCodec)}. */
    public DefaultRelay(long sessionId, ContentMeter meter, RmcpCodec codec) {
        this.sessionId = sessionId;
        this.meter = Objects.requireNonNull(meter, "meter");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public ChannelInboundHandler newParentHandler() {
        return new RelayHandler(this, codec);
    }

    /** Writes a received DATA frame, unchanged, to every writable child as a retained duplicate. */
    void forward(Data d, ByteBuf frame) {
        if (accept(d)) {
            fanOut(frame, null, frame.readableBytes());
        }
    }

    /** Writes a DATA message decoded upstream: its head encoded once and shared, then its payload as a retained duplicate. */
    void forward(Data d, ByteBufAllocator alloc) {
        if (accept(d)) {
            ByteBuf head = DataHead.encode(d, alloc);
            try {
                fanOut(head, d.payload(), d.length()); // payload(): a duplicate sharing the received buffer
            } finally {
                head.release();
            }
        }
    }

    private boolean accept(Data d) {
        framesIn++;
        if (d.sessionId() != sessionId) {
            framesRejected++;
            return false;
        }
        return true;
    }

    private void fanOut(ByteBuf first, ByteBuf second, int length) {
        int written = 0;
        int dropped = 0;
        for (ChildLink k : children) {
            int r = k.write(first, second);
            written += r > 0 ? 1 : 0;
            dropped += r == 0 ? 1 : 0;
        }
        framesForwarded += written;
        bytesForwarded += (long) written * length;
        if (dropped > 0) {
            framesDropped += dropped;
        }
    }

    /** Flushes the children written to since the last flush. */
    void flushChildren() {
        for (ChildLink k : children) {
            k.flushIfDirty();
        }
    }

    @Override
    public synchronized boolean addChild(Channel child) {
        if (find(child) != null) {
            return false;
        }
        ChildLink[] now = children;
        ChildLink[] next = Arrays.copyOf(now, now.length + 1);
        next[now.length] = new ChildLink(child);
        children = next;
        child.closeFuture().addListener(f -> removeChild(child));
        return true;
    }

    @Override
    public synchronized boolean removeChild(Channel child) {
        ChildLink link = find(child);
        if (link == null) {
            return false;
        }
        List<ChildLink> next = new ArrayList<>(Arrays.asList(children));
        next.remove(link);
        children = next.toArray(new ChildLink[0]);
        child.flush();
        return true;
    }

    @Override
    public List<Channel> children() {
        List<Channel> list = new ArrayList<>();
        for (ChildLink k : children) {
            list.add(k.channel);
        }
        return list;
    }

    @Override
    public OptionalLong droppedFrames(Channel child) {
        ChildLink link = find(child);
        return link == null ? OptionalLong.empty() : OptionalLong.of(link.dropped.get());
    }

    @Override
    public Stats stats() {
        return new Stats(framesIn, framesForwarded, bytesForwarded, framesDropped, framesRejected, meter.cipherBytes(),
                children.length);
    }

    private ChildLink find(Channel child) {
        for (ChildLink k : children) {
            if (k.channel == child) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Relay[session=" + Long.toHexString(sessionId) + ", " + stats() + "]";
    }

    /** One child channel: its drop counter and whether it holds unflushed frames (parent loop only). */
    private static final class ChildLink {
        final Channel channel;
        final AtomicLong dropped = new AtomicLong();
        boolean dirty;

        ChildLink(Channel channel) {
            this.channel = channel;
        }

        /** @return 1 if the frame was written, 0 if dropped (and counted), -1 if the channel is closed */
        int write(ByteBuf first, ByteBuf second) {
            if (!channel.isWritable()) {
                if (dirty) { // perhaps only this burst's unflushed frames: try to move them first
                    flushIfDirty();
                }
                if (!channel.isWritable()) { // our choice: drop whole frames, never wait (Relay javadoc)
                    if (!channel.isActive()) {
                        return -1;
                    }
                    dropped.incrementAndGet();
                    return 0;
                }
            }
            channel.write(first.retainedDuplicate(), channel.voidPromise());
            if (second != null) {
                channel.write(second.retainedDuplicate(), channel.voidPromise());
            }
            dirty = true;
            return 1;
        }

        void flushIfDirty() {
            if (dirty) {
                dirty = false;
                channel.flush();
            }
        }
    }
}

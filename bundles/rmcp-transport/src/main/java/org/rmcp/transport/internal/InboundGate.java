package org.rmcp.transport.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds decrypted bytes between admission and {@code listen()}, so that {@code protect()}
 * called in between decides how they are decoded. Removes itself when opened.
 */
final class InboundGate extends ChannelInboundHandlerAdapter {
    static final String NAME = "gate";
    private final List<Object> held = new ArrayList<>();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        held.add(msg); // only before open(): open() removes this handler
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        // nothing passes before open()
    }

    /** Passes what is held to the decoder and steps out of the pipeline; on the channel's thread. */
    void open(ChannelHandlerContext ctx) {
        List<Object> out = new ArrayList<>(held);
        held.clear();
        for (Object m : out) {
            ctx.fireChannelRead(m);
        }
        ctx.fireChannelReadComplete();
        if (!ctx.isRemoved()) {
            ctx.pipeline().remove(this);
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        held.forEach(ReferenceCountUtil::release);
        held.clear();
    }
}

package org.rmcp.provisioning.internal.provisioner;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one {@code GET} and collects exactly the offered number of bytes: a wrong status, a
 * {@code Content-Length} other than the offer's size, more bytes than offered or an early close
 * fail the download at once, so a hostile server cannot make the MA buffer more than it expects.
 */
final class DownloadHandler extends SimpleChannelInboundHandler<HttpObject> {
    private final String host;
    private final String target;
    private final boolean exact;
    private byte[] body;
    private final CompletableFuture<byte[]> result;
    private final int limit;
    private int received;
    private boolean headed;

    /**
     * @param size the exact length expected, or with {@code exact} false the most accepted
     */
    DownloadHandler(String host, String target, int size, boolean exact, CompletableFuture<byte[]> result) {
        this.host = host;
        this.target = target;
        this.exact = exact;
        this.body = new byte[exact ? size : Math.min(size, 64 << 10)];
        this.limit = size;
        this.result = result;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        FullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, target);
        req.headers().set(HttpHeaderNames.HOST, host).set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
            .set(HttpHeaderNames.ACCEPT, "application/java-archive");
        ctx.writeAndFlush(req).addListener(f -> {
            if (!f.isSuccess()) {
                fail(ctx, "request not sent: " + f.cause());
            }
        });
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
        if (result.isDone()) {
            return;
        }
        if (msg instanceof HttpResponse res) {
            if (!res.decoderResult().isSuccess()) {
                fail(ctx, "malformed HTTP response");
                return;
            }
            if (!HttpResponseStatus.OK.equals(res.status())) {
                fail(ctx, "HTTP status " + res.status());
                return;
            }
            long length = HttpUtil.getContentLength(res, -1L);
            if (length >= 0 && (exact ? length != limit : length > limit)) {
                fail(ctx, "Content-Length " + length + (exact ? " but the offer says " : " above the limit ") + limit);
                return;
            }
            headed = true;
        }
        if (msg instanceof HttpContent content && headed) {
            ByteBuf buf = content.content();
            int n = buf.readableBytes();
            if (n > limit - received) {
                fail(ctx, "more than the " + (exact ? "offered " : "allowed ") + limit + " bytes");
                return;
            }
            if (n > body.length - received) {
                body = java.util.Arrays.copyOf(body, (int) Math.min(limit, Math.max(2L * body.length, received + n)));
            }
            buf.readBytes(body, received, n);
            received += n;
            if (msg instanceof LastHttpContent) {
                if (!exact || received == limit) {
                    result.complete(exact ? body : java.util.Arrays.copyOf(body, received));
                    ctx.close();
                } else {
                    fail(ctx, "got " + received + " of " + limit + " bytes");
                }
            }
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        fail(ctx, "connection closed after " + received + (exact ? " of " + limit : "") + " bytes");
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, cause.toString());
    }

    private void fail(ChannelHandlerContext ctx, String reason) {
        if (result.completeExceptionally(new ProvisioningException("Download failed: " + reason))) {
            ctx.close();
        }
    }
}

package org.rmcp.provisioning.internal.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.stream.ChunkedFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code GET /index.xml} and {@code GET /bundles/<file>.jar} of the SM repository, one
 * request per connection; any other path is 404 and any other method 405. Only files the
 * repository lists can be named: the path is matched whole, never joined to a directory.
 */
final class RepositoryRequestHandler extends SimpleChannelInboundHandler<HttpObject> {
    private static final Logger LOG = LoggerFactory.getLogger(RepositoryRequestHandler.class);
    private static final Pattern JAR = Pattern.compile("/bundles/([A-Za-z0-9_][A-Za-z0-9_.-]{0,200}\\.jar)");

    private final RepositoryContent content;
    private boolean answered;

    RepositoryRequestHandler(RepositoryContent content) {
        this.content = content;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) throws IOException {
        if (!(msg instanceof HttpRequest req) || answered) {
            return; // request bodies and pipelined requests are ignored: we close after one answer
        }
        answered = true;
        if (!req.decoderResult().isSuccess()) {
            status(ctx, HttpResponseStatus.BAD_REQUEST);
        } else if (!HttpMethod.GET.equals(req.method())) {
            status(ctx, HttpResponseStatus.METHOD_NOT_ALLOWED);
        } else {
            Optional<Path> file = route(req.uri());
            if (file.isEmpty()) {
                status(ctx, HttpResponseStatus.NOT_FOUND);
            } else {
                send(ctx, file.get(), req.uri().endsWith(".xml") ? "application/xml" : "application/java-archive");
            }
        }
    }

    private Optional<Path> route(String uri) {
        if ("/index.xml".equals(uri)) {
            return content.index();
        }
        var m = JAR.matcher(uri);
        return m.matches() ? content.jar(m.group(1)) : Optional.empty();
    }

    private void send(ChannelHandlerContext ctx, Path file, String type) throws IOException {
        RandomAccessFile raf;
        try {
            raf = new RandomAccessFile(file.toFile(), "r");
        } catch (IOException e) {
            status(ctx, HttpResponseStatus.NOT_FOUND); // replaced or removed since it was listed
            return;
        }
        long length = raf.length();
        HttpResponse res = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, type).set(HttpHeaderNames.CONTENT_LENGTH, length)
            .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.write(res);
        // TLS rules out zero-copy DefaultFileRegion: stream the file in chunks instead
        ctx.writeAndFlush(new HttpChunkedInput(new ChunkedFile(raf, 0, length, 16384)))
            .addListener(ChannelFutureListener.CLOSE);
    }

    private static void status(ChannelHandlerContext ctx, HttpResponseStatus status) {
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 0).set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Repository connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}

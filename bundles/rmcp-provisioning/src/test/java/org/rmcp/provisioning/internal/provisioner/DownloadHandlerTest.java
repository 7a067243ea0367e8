package org.rmcp.provisioning.internal.provisioner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The download never buffers more than the offered size and fails on any deviation. */
class DownloadHandlerTest {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final EmbeddedChannel ch = new EmbeddedChannel(new DownloadHandler("h:1", "/bundles/a.jar", 4, true, result));

    private static HttpResponse ok(Long length) {
        HttpResponse r = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        if (length != null) {
            r.headers().set(HttpHeaderNames.CONTENT_LENGTH, length);
        }
        return r;
    }

    private String failure() {
        assertTrue(result.isCompletedExceptionally());
        try {
            result.get();
            throw new AssertionError("not failed");
        } catch (ExecutionException e) {
            return e.getCause().getMessage();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sendsOneGetAndCollectsExactlyTheOfferedBytes() throws Exception {
        FullHttpRequest req = ch.readOutbound();
        assertEquals("/bundles/a.jar", req.uri());
        assertEquals("h:1", req.headers().get(HttpHeaderNames.HOST));
        req.release();
        ch.writeInbound(ok(4L), new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[] {1, 2})),
            new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[] {3, 4})));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, result.get());
        assertFalse(ch.isActive(), "closed after the answer");
    }

    @Test
    void moreBytesThanOfferedFail() {
        ch.writeInbound(ok(null), new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[5])));
        assertTrue(failure().contains("more than the offered 4 bytes"));
    }

    @Test
    void fewerBytesFail() {
        ch.writeInbound(ok(null), new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[3])),
            LastHttpContent.EMPTY_LAST_CONTENT);
        assertTrue(failure().contains("got 3 of 4 bytes"));
    }

    @Test
    void earlyCloseFails() {
        ch.writeInbound(ok(4L), new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[2])));
        ch.close();
        assertTrue(failure().contains("connection closed after 2 of 4 bytes"));
    }

    @Test
    void otherStatusFails() {
        ch.writeInbound(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.FORBIDDEN));
        assertTrue(failure().contains("HTTP status 403"));
    }
}

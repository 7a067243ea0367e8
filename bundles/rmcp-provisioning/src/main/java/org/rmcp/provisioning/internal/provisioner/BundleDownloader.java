package org.rmcp.provisioning.internal.provisioner;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.rmcp.provisioning.TrustConfig;

/**
 * Fetches one module jar from the SM repository over HTTPS, non-blocking (our choice of delivery
 * for SECALGREQ, X.603.1 Amd.1 11.2.7): TLS from the caller's {@link TrustConfig}, HTTP/1.1 GET,
 * bounded by the offered size and by a deadline.
 */
final class BundleDownloader {
    private final EventLoopGroup group;
    private final Duration timeout;

    BundleDownloader(EventLoopGroup group, Duration timeout) {
        this.group = group;
        this.timeout = timeout;
    }

    /**
     * @param url an {@code https} URL
     * @param size the exact number of bytes expected
     * @return the bytes, or failed with a {@link ProvisioningException} (wrong size, status, TLS, timeout)
     */
    CompletableFuture<byte[]> download(URI url, int size, TrustConfig trust) {
        return fetch(url, size, true, trust);
    }

    /**
     * @param max the most bytes accepted (an unknown length, e.g. the repository index)
     * @return the bytes, or failed with a {@link ProvisioningException}
     */
    CompletableFuture<byte[]> downloadUpTo(URI url, int max, TrustConfig trust) {
        return fetch(url, max, false, trust);
    }

    private CompletableFuture<byte[]> fetch(URI url, int size, boolean exact, TrustConfig trust) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            result.completeExceptionally(new ProvisioningException("Not an https URL: " + url));
            return result;
        }
        String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1)
            : url.getHost();
        int port = url.getPort() < 0 ? 443 : url.getPort();
        String hostHeader = url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + port;
        long millis = timeout.toMillis();
        ChannelFuture connect = new Bootstrap().group(group).channel(NioSocketChannel.class)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(millis, Integer.MAX_VALUE))
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast("tls", trust.newHandler(ch, host, port))
                        .addLast("timeout", new ReadTimeoutHandler(millis, TimeUnit.MILLISECONDS))
                        .addLast("http", new HttpClientCodec())
                        .addLast("download", new DownloadHandler(hostHeader, url.getRawPath(), size, exact, result));
                }
            }).connect(host, port);
        connect.addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(new ProvisioningException("Cannot connect to " + host + ":" + port
                    + ": " + f.cause()));
            }
        });
        ScheduledFuture<?> deadline = group.schedule(() -> {
            if (result.completeExceptionally(new ProvisioningException("Download timed out after " + timeout))) {
                connect.channel().close();
            }
        }, millis, TimeUnit.MILLISECONDS);
        result.whenComplete((bytes, error) -> deadline.cancel(false));
        return result;
    }
}

package org.rmcp.transport.internal;

import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.netty.RmcpFrameDecoder;
import org.rmcp.codec.netty.RmcpFrameEncoder;
import org.rmcp.transport.TransportOptions;
import org.rmcp.transport.internal.tls.PeerSession;

/**
 * Builds a control channel's pipeline: {@code tls → gate → decoder → encoder}, and after a
 * successful handshake the endpoint (X.603.1 Amd.1 10.1.1.1 admission, then clause 11 framing).
 */
public final class Pipelines {
    private Pipelines() {
    }

    /** @return a codec for the options' message limit */
    public static RmcpCodec codec(TransportOptions options) {
        int max = options.maxMessageLength();
        return RmcpCodec.withLimits(max, Math.min(RmcpCodec.DEFAULT_MAX_SERV_USER_ID_LENGTH, max - 24));
    }

    /**
     * Sets up a new connection's pipeline, before it is active.
     *
     * @return completes on the channel's thread with the admitted channel (inbound reading
     *     paused until {@code listen}), or exceptionally with an AdmissionException after the
     *     connection was closed
     */
    public static CompletableFuture<NettyControlChannel> init(Channel ch, PeerSession peer, RmcpCodec codec,
            TransportOptions options) {
        TlsHandler tls = new TlsHandler(peer, options.handshakeTimeout());
        ch.pipeline().addLast("tls", tls).addLast(InboundGate.NAME, new InboundGate())
                .addLast(NettyControlChannel.DECODER, new RmcpFrameDecoder(codec))
                .addLast(NettyControlChannel.ENCODER, new RmcpFrameEncoder(codec));
        CompletableFuture<NettyControlChannel> out = new CompletableFuture<>();
        tls.admission().whenComplete((admission, error) -> {
            if (error != null) {
                out.completeExceptionally(error);
                return;
            }
            ch.config().setAutoRead(false);
            NettyControlChannel cc = new NettyControlChannel(ch, admission, codec, options);
            ch.pipeline().addLast(NettyControlChannel.NAME, cc);
            out.complete(cc); // the caller books the channel, then calls cc.watchClose()
        });
        return out;
    }
}

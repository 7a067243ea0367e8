package org.rmcp.transport.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsException;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsUtils;
import org.rmcp.transport.AdmissionException;
import org.rmcp.transport.AdmissionException.Reason;
import org.rmcp.transport.internal.tls.HandshakeResult;
import org.rmcp.transport.internal.tls.PeerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives BC's non-blocking TLS engine from Netty (X.603.1 Amd.1 10.1.1.1): socket bytes go to
 * {@code offerInput}, {@code readOutput} goes to the socket, decrypted bytes are fired inbound
 * only after the handshake, outbound {@link ByteBuf}s become {@code writeApplicationData}.
 * Completes {@link #admission()} with the peer identity and KTLS, or with an
 * {@link AdmissionException} (alert, timeout, close) after closing the connection. A TLS 1.3
 * client whose certificate the server refuses learns it after its own handshake completed: the
 * alert then reaches the endpoint as an {@link AdmissionException} (the channel's close cause).
 */
public final class TlsHandler extends ChannelDuplexHandler {
    private static final Logger LOG = LoggerFactory.getLogger(TlsHandler.class);
    private final PeerSession peer;
    private final Duration timeout;
    private final CompletableFuture<Admission> admission = new CompletableFuture<>();
    private TlsProtocol protocol;
    private ScheduledFuture<?> timer;
    private boolean admitted;
    private boolean confirmed;
    private final boolean holdWrites;
    private List<Object[]> held = new ArrayList<>();

    public TlsHandler(PeerSession peer, Duration timeout) {
        this(peer, timeout, false);
    }

    /**
     * @param holdWrites whether writes before the end of the handshake wait for it (a byte
     *     stream such as HTTPS) instead of failing (an RMCP-2 control channel, which writes only
     *     once admitted)
     */
    public TlsHandler(PeerSession peer, Duration timeout, boolean holdWrites) {
        this.peer = peer;
        this.timeout = timeout;
        this.holdWrites = holdWrites;
    }

    /** @return completes on the channel's thread when the handshake ends */
    public CompletableFuture<Admission> admission() {
        return admission;
    }

    /** @return the peer, for its claimed identity in logs */
    public PeerSession peer() {
        return peer;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        timer = ctx.executor().schedule(() -> fail(ctx, new AdmissionException(Reason.TIMEOUT, -1,
                "no TLS handshake within " + timeout.toMillis() + " ms", null)), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            protocol = peer.begin();
            writeOutput(ctx, ctx.voidPromise());
            ctx.flush();
        } catch (IOException | RuntimeException e) {
            fail(ctx, e);
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (protocol == null || admission.isCompletedExceptionally()) {
            ReferenceCountUtil.release(msg);
            return;
        }
        try {
            protocol.offerInput(ByteBufUtil.getBytes((ByteBuf) msg));
        } catch (IOException | RuntimeException e) {
            writeOutput(ctx, ctx.voidPromise()); // the alert
            ctx.flush();
            fail(ctx, e);
            return;
        } finally {
            ReferenceCountUtil.release(msg);
        }
        writeOutput(ctx, ctx.voidPromise());
        ctx.flush();
        if (!admitted && peer.result() != null) { // not isConnected(): a close_notify may follow in the same read
            admit(ctx);
        }
        int n = protocol.getAvailableInputBytes();
        if (admitted && n > 0) {
            confirmed = true;
            byte[] data = new byte[n];
            protocol.readInput(data, 0, n);
            ctx.fireChannelRead(Unpooled.wrappedBuffer(data));
        }
        if (protocol.isClosed()) {
            ctx.close();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (admitted) {
            ctx.fireChannelReadComplete();
        }
    }

    private void admit(ChannelHandlerContext ctx) {
        HandshakeResult r = peer.result();
        if (r == null || peer.peerIdentity() == null) {
            fail(ctx, new IllegalStateException("handshake completed without KTLS or peer identity"));
            return;
        }
        admitted = true;
        // TLS 1.3: the server checks the client's certificate after the client has finished (RFC 8446
        // 4.4.2.4), so a client is only sure of admission once application data arrives
        confirmed = peer.context().isServer() || !TlsUtils.isTLSv13(peer.context());
        timer.cancel(false);
        admission.complete(new Admission(peer.peerIdentity(), r.ktls(), r.session()));
        List<Object[]> writes = held;
        held = null;
        for (Object[] w : writes) {
            write(ctx, w[0], (ChannelPromise) w[1]);
        }
        if (!writes.isEmpty()) {
            ctx.flush();
        }
    }

    private void failHeld(Throwable cause) {
        List<Object[]> writes = held;
        held = null;
        if (writes != null) {
            for (Object[] w : writes) {
                ReferenceCountUtil.release(w[0]);
                ((ChannelPromise) w[1]).tryFailure(cause);
            }
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!admitted && holdWrites && held != null && msg instanceof ByteBuf) {
            held.add(new Object[] {msg, promise});
            return;
        }
        if (!admitted || !(msg instanceof ByteBuf) || protocol.isClosed()) {
            ReferenceCountUtil.release(msg);
            promise.setFailure(new IOException(admitted ? "TLS session closed or not bytes" : "not admitted"));
            return;
        }
        try {
            protocol.writeApplicationData(ByteBufUtil.getBytes((ByteBuf) msg), 0, ((ByteBuf) msg).readableBytes());
        } catch (IOException | RuntimeException e) {
            promise.setFailure(e);
            return;
        } finally {
            ReferenceCountUtil.release(msg);
        }
        writeOutput(ctx, promise);
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) throws Exception {
        if (admitted && !protocol.isClosed()) {
            try {
                protocol.close(); // close_notify
                writeOutput(ctx, ctx.voidPromise());
                ctx.flush();
            } catch (IOException e) {
                LOG.debug("close_notify not sent", e);
            }
        }
        ctx.close(promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (timer != null) {
            timer.cancel(false);
        }
        if (!admission.isDone()) {
            admission.completeExceptionally(new AdmissionException(Reason.CLOSED, -1,
                    "connection closed during the TLS handshake", null));
        }
        failHeld(new IOException("connection closed before the TLS handshake completed"));
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (admitted) {
            ctx.fireExceptionCaught(cause);
        } else {
            fail(ctx, cause);
        }
    }

    private void writeOutput(ChannelHandlerContext ctx, ChannelPromise promise) {
        int n = protocol == null ? 0 : protocol.getAvailableOutputBytes();
        if (n == 0) {
            if (!promise.isVoid()) {
                promise.setSuccess();
            }
            return;
        }
        byte[] out = new byte[n];
        protocol.readOutput(out, 0, n);
        ctx.write(Unpooled.wrappedBuffer(out), promise);
    }

    private void fail(ChannelHandlerContext ctx, Throwable cause) {
        if (admitted) {
            // the endpoint logs it, keeps it as the close cause and closes
            ctx.fireExceptionCaught(confirmed ? new IOException("TLS failure: " + describe(cause), cause)
                    : new AdmissionException(Reason.HANDSHAKE_FAILED, alertOf(cause),
                            "refused after the client's handshake completed: " + describe(cause), cause));
            return;
        }
        if (admission.isDone()) {
            return;
        }
        // a TLS alert (or BC error) refuses admission; a plain I/O error (reset) means the peer went away
        Reason reason = cause instanceof IOException && !(cause instanceof TlsException) ? Reason.CLOSED
                : Reason.HANDSHAKE_FAILED;
        admission.completeExceptionally(cause instanceof AdmissionException ? cause
                : new AdmissionException(reason, alertOf(cause), describe(cause), cause));
        failHeld(cause);
        ctx.close();
    }

    private static int alertOf(Throwable t) {
        if (t instanceof TlsFatalAlert) {
            return ((TlsFatalAlert) t).getAlertDescription();
        }
        return t instanceof TlsFatalAlertReceived ? ((TlsFatalAlertReceived) t).getAlertDescription() : -1;
    }

    static String describe(Throwable t) {
        int alert = alertOf(t);
        if (alert < 0) {
            return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        }
        String name = AlertDescription.getText((short) alert);
        if (t instanceof TlsFatalAlertReceived) {
            return "peer sent alert " + name;
        }
        String detail = t.getMessage(); // BC: "name" or "name; detail"
        if (detail != null && detail.startsWith(name)) {
            detail = detail.substring(name.length()).replaceFirst("^;\\s*", "");
        }
        return "sent alert " + name + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }
}

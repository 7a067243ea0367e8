package org.rmcp.transport;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;
import org.rmcp.codec.RmcpMessage;

/**
 * An admitted TLS control channel between the SM and one MA (X.603.1 Amd.1 10.1.1.1): the
 * peer is authenticated, KTLS is derived, and RMCP-2 messages travel framed by their Length
 * (clause 11.1). Obtained from {@link RmcpServer} or {@link RmcpClient}.
 *
 * <p>Inbound messages are held until {@link #listen} is called. Call {@link #protect} before
 * {@code listen} to have every inbound message opened, or later to switch keys (e.g. from KTLS
 * to Ks); the two peers must switch at the same point of their exchange. A message that breaks
 * the wire format closes the channel (logged with the field and clause); a protected message
 * that fails to open is dropped and logged, and after {@link TransportOptions#maxOpenFailures()}
 * such failures the channel closes.
 *
 * <p>Thread-safe. Listener methods run on the channel's network thread: they must not block.
 *
 * @since 1.0
 */
@ProviderType
public interface ControlChannel {
    /** Receives what arrives on a channel; implemented by the application. */
    @ConsumerType
    @FunctionalInterface
    interface Listener {
        /**
         * A decoded (and, if protected, opened) message. A {@link org.rmcp.codec.Data} message
         * holds a buffer reference the listener must release.
         */
        void onMessage(ControlChannel channel, RmcpMessage message);

        /**
         * The channel closed.
         *
         * @param cause why, or {@code null} for an orderly close
         */
        default void onClosed(ControlChannel channel, Throwable cause) {
        }
    }

    /** @return the authenticated peer: its PSK identity, or its certificate's subject (RFC 2253) */
    String peerIdentity();

    /**
     * @return a copy of KTLS: 32 bytes exported from the TLS session with label
     *     {@code EXPORTER-RMCP2-KTLS} and no context (RFC 5705, RFC 8446 7.5), equal on both ends
     *     and different for every connection; it is never sent
     */
    byte[] ktls();

    /** @return the negotiated protocol and cipher suite, e.g. {@code TLSv1.3 TLS_AES_128_GCM_SHA256} */
    String tlsSession();

    /** @return the peer's address */
    InetSocketAddress remoteAddress();

    /** @return whether the channel is open */
    boolean isOpen();

    /**
     * Starts delivering inbound messages, first those held since admission. Call once.
     *
     * @throws IllegalStateException if a listener is already set
     */
    void listen(Listener listener);

    /**
     * Encodes and sends a message (sealed if {@link #protect} was called before).
     *
     * @return completes when written to the socket, or exceptionally (channel closed, message
     *     too long)
     */
    CompletableFuture<Void> send(RmcpMessage message);

    /**
     * Protects every later message: each sent message is sealed by {@code send} with the next
     * sequence number of this direction (from 0), each received one opened by {@code receive}
     * and checked against a fresh strictly increasing {@link ReplayWindow}. Takes effect for
     * sends issued after this call returns and for inbound bytes not yet decoded when the
     * channel's thread applies it; calling it again replaces both protectors and restarts both
     * sequences. Messages the peer sealed under the previous receiving protector before it
     * switched still open, until the first message opens under the new one.
     */
    void protect(MessageProtector send, MessageProtector receive);

    /**
     * Keeps every message of one type under its own protectors, whatever {@link #protect} says
     * later (Table 11: KEYDELIVER of Ks always travels under KTLS while the rest of an SMA's or
     * DMA's control messages moves to Ks). The pinned protectors number their messages from 0
     * and keep their own replay window. Same timing rules as {@code protect}.
     *
     * @param messageType the Message type code of the common header (11.1), 0-255
     * @since 1.1
     */
    void pin(int messageType, MessageProtector send, MessageProtector receive);

    /** Closes the channel (TLS close_notify, then TCP); the listener sees {@code onClosed}. */
    CompletableFuture<Void> close();
}

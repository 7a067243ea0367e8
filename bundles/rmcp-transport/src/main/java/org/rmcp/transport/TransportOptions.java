package org.rmcp.transport;

import java.time.Duration;
import org.rmcp.codec.RmcpMessage;

/**
 * Limits of a control channel: how long a TLS handshake may take, the largest RMCP-2 message
 * accepted (the frame decoder refuses a longer Length before buffering it), and how many
 * protected messages may fail to open before the channel is closed.
 *
 * <p>Immutable; the {@code with…} methods return a copy.
 *
 * @since 1.0
 */
public final class TransportOptions {
    /** Default handshake timeout: 10 s. */
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    /** Default number of protected messages that may fail to open before the channel closes. */
    public static final int DEFAULT_MAX_OPEN_FAILURES = 3;
    /** Smallest settable maximum message length. */
    public static final int MIN_MESSAGE_LENGTH = 64;
    private static final TransportOptions DEFAULTS = new TransportOptions(DEFAULT_HANDSHAKE_TIMEOUT,
            RmcpMessage.MAX_LENGTH, DEFAULT_MAX_OPEN_FAILURES);

    private final Duration handshakeTimeout;
    private final int maxMessageLength;
    private final int maxOpenFailures;

    private TransportOptions(Duration handshakeTimeout, int maxMessageLength, int maxOpenFailures) {
        if (handshakeTimeout.isNegative() || handshakeTimeout.isZero()) {
            throw new IllegalArgumentException("handshake timeout must be positive: " + handshakeTimeout);
        }
        if (maxMessageLength < MIN_MESSAGE_LENGTH || maxMessageLength > RmcpMessage.MAX_LENGTH) {
            throw new IllegalArgumentException("maxMessageLength " + maxMessageLength + " outside 64-65535");
        }
        if (maxOpenFailures < 1) {
            throw new IllegalArgumentException("maxOpenFailures must be at least 1: " + maxOpenFailures);
        }
        this.handshakeTimeout = handshakeTimeout;
        this.maxMessageLength = maxMessageLength;
        this.maxOpenFailures = maxOpenFailures;
    }

    /** @return 10 s handshake timeout, 65535-byte messages, 3 open failures */
    public static TransportOptions defaults() {
        return DEFAULTS;
    }

    /** @return a copy with this handshake timeout (positive) */
    public TransportOptions withHandshakeTimeout(Duration timeout) {
        return new TransportOptions(timeout, maxMessageLength, maxOpenFailures);
    }

    /** @return a copy with this largest plaintext message Length, 64-65535 */
    public TransportOptions withMaxMessageLength(int length) {
        return new TransportOptions(handshakeTimeout, length, maxOpenFailures);
    }

    /** @return a copy closing the channel after this many (at least 1) messages failed to open */
    public TransportOptions withMaxOpenFailures(int failures) {
        return new TransportOptions(handshakeTimeout, maxMessageLength, failures);
    }

    /** @return the time from TCP connect to a completed TLS handshake */
    public Duration handshakeTimeout() {
        return handshakeTimeout;
    }

    /** @return the largest message Length accepted and sent (before protection) */
    public int maxMessageLength() {
        return maxMessageLength;
    }

    /** @return protected messages that may fail to open, in total, before the channel closes */
    public int maxOpenFailures() {
        return maxOpenFailures;
    }

    @Override
    public String toString() {
        return "TransportOptions[handshakeTimeout=" + handshakeTimeout + ", maxMessageLength=" + maxMessageLength
                + ", maxOpenFailures=" + maxOpenFailures + "]";
    }
}

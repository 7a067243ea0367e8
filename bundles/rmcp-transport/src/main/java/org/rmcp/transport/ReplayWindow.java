package org.rmcp.transport;

/**
 * Replay protection of one direction of protected control messages (our addition to
 * X.603.1 Amd.1 10.2.6, which protects confidentiality only; see docs/spec-notes-transport.md).
 *
 * <p>A sliding window in the style of RFC 4303 3.4.3: a sequence number is accepted once, if it
 * is above the highest accepted so far or within {@code width} below it and not yet seen. Width
 * 1 ({@link #strict()}) means strictly increasing numbers, which is what an in-order TCP
 * channel needs (our choice for {@link ControlChannel#protect}); width 64 ({@link #sliding()})
 * tolerates reordering, for datagrams. Only numbers of messages that authenticated are
 * {@link #accept accepted}, so a forged number cannot move the window.
 *
 * <p>Thread-safe.
 *
 * @since 1.0
 */
public final class ReplayWindow {
    /** Widest window: one bit per number in a {@code long}. */
    public static final int MAX_WIDTH = 64;

    private final int width;
    private long highest = -1;
    private long seen;

    private ReplayWindow(int width) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width " + width + " outside 1-" + MAX_WIDTH);
        }
        this.width = width;
    }

    /** @return a window accepting only strictly increasing numbers */
    public static ReplayWindow strict() {
        return new ReplayWindow(1);
    }

    /** @return a 64-number sliding window */
    public static ReplayWindow sliding() {
        return new ReplayWindow(MAX_WIDTH);
    }

    /** @return a sliding window of {@code width} numbers, 1-64 */
    public static ReplayWindow ofWidth(int width) {
        return new ReplayWindow(width);
    }

    /** @return the window width */
    public int width() {
        return width;
    }

    /** @return the highest accepted number, or -1 before the first */
    public synchronized long highest() {
        return highest;
    }

    /**
     * Checks a number without recording it (call before the costly authentication).
     *
     * @throws ProtectionException {@code REPLAYED} if seen or too old, {@code MALFORMED} if negative
     */
    public synchronized void check(long seq) throws ProtectionException {
        if (seq < 0) {
            throw new ProtectionException(ProtectionException.Reason.MALFORMED, "negative sequence number " + seq);
        }
        if (seq > highest) {
            return;
        }
        long behind = highest - seq;
        if (behind >= width) {
            throw new ProtectionException(ProtectionException.Reason.REPLAYED,
                    "sequence number " + seq + " is " + behind + " behind " + highest + " (window " + width + ")");
        }
        if ((seen & 1L << behind) != 0) {
            throw new ProtectionException(ProtectionException.Reason.REPLAYED, "sequence number " + seq + " seen before");
        }
    }

    /**
     * Records a number of an authenticated message, checking it again.
     *
     * @throws ProtectionException as {@link #check(long)}
     */
    public synchronized void accept(long seq) throws ProtectionException {
        check(seq);
        if (seq > highest) {
            long shift = seq - highest;
            seen = shift >= Long.SIZE || shift < 0 ? 1L : seen << shift | 1L; // shift < 0: overflow from -1
            highest = seq;
        } else {
            seen |= 1L << (highest - seq);
        }
    }

    @Override
    public synchronized String toString() {
        return "ReplayWindow[width=" + width + ", highest=" + highest + "]";
    }
}

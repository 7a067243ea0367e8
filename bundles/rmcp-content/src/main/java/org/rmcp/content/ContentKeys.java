package org.rmcp.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.rmcp.content.ContentException.Field;
import org.rmcp.content.ContentException.Reason;

/**
 * A receiver's ring of content keys Kc by KEY_EPOCH (X.603.1 Amd.1 10.2.1.2: the SMA replaces
 * Kc periodically; 10.2.7: KEYDELIVER and DATA are synchronised by the epoch). Keeps the
 * {@link #capacity()} newest epochs so that DATA sealed just before an update still opens while
 * the new Kc travels down the tree; installing beyond that evicts and destroys the oldest.
 *
 * <p>Epochs only move forward: {@link #install} refuses an epoch not newer than the newest held,
 * unless it is held already with the same key (a repeated KEYDELIVER, which is then a no-op).
 * Epochs compare as plain unsigned 32-bit numbers; they do not wrap (our choice: at one update a
 * minute 2^32 epochs last 8000 years).
 *
 * <p>Thread-safe: installs are serialised, lookups read an immutable snapshot without locking.
 *
 * @since 1.0
 */
public final class ContentKeys {
    /** Epochs kept unless configured otherwise. */
    public static final int DEFAULT_CAPACITY = 4;

    private final int capacity;
    /** Ascending by epoch; replaced, never modified. */
    private volatile ContentKey[] ring = new ContentKey[0];

    /** A ring of {@link #DEFAULT_CAPACITY} epochs. */
    public ContentKeys() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity epochs kept, at least 1 */
    public ContentKeys(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + ", at least 1");
        }
        this.capacity = capacity;
    }

    /** @return the number of epochs kept at most */
    public int capacity() {
        return capacity;
    }

    /**
     * Installs Kc for an epoch.
     *
     * @param epoch KEY_EPOCH, 0 to 2^32-1
     * @param kc the raw Kc, 16 to 2048 bytes (copied; the caller wipes its array)
     * @return {@code true} if installed, {@code false} if this epoch was held with this key already
     * @throws ContentException {@link Reason#STALE_EPOCH} on {@link Field#KEY_EPOCH} if the epoch is
     *     not newer than the newest held and not held with the same key
     * @throws IllegalArgumentException if the epoch or key length is out of range
     */
    public synchronized boolean install(long epoch, byte[] kc) throws ContentException {
        ContentKey candidate = new ContentKey(epoch, kc);
        ContentKey[] now = ring;
        for (ContentKey k : now) {
            if (k.epoch() == epoch) {
                if (k.matches(kc)) {
                    return false;
                }
                candidate.destroy();
                throw new ContentException(Field.KEY_EPOCH, Reason.STALE_EPOCH,
                        "epoch " + epoch + " is held with another key (fingerprint " + k.fingerprint() + ")");
            }
        }
        if (now.length > 0 && epoch < now[now.length - 1].epoch()) {
            candidate.destroy();
            throw new ContentException(Field.KEY_EPOCH, Reason.STALE_EPOCH,
                    "epoch " + epoch + " is older than the newest held, " + now[now.length - 1].epoch());
        }
        int keep = Math.min(now.length, capacity - 1);
        ContentKey[] next = Arrays.copyOfRange(now, now.length - keep, now.length + 1);
        next[keep] = candidate;
        ring = next;
        for (int i = 0; i < now.length - keep; i++) {
            now[i].destroy();
        }
        return true;
    }

    /** @return Kc of that epoch, if held */
    public Optional<ContentKey> key(long epoch) {
        for (ContentKey k : ring) {
            if (k.epoch() == epoch) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** @return the newest Kc, if any */
    public Optional<ContentKey> newest() {
        ContentKey[] now = ring;
        return now.length == 0 ? Optional.empty() : Optional.of(now[now.length - 1]);
    }

    /** @return the newest epoch held, if any */
    public OptionalLong newestEpoch() {
        ContentKey[] now = ring;
        return now.length == 0 ? OptionalLong.empty() : OptionalLong.of(now[now.length - 1].epoch());
    }

    /** @return the epochs held, oldest first */
    public List<Long> epochs() {
        List<Long> epochs = new ArrayList<>();
        for (ContentKey k : ring) {
            epochs.add(k.epoch());
        }
        return epochs;
    }

    /** Destroys and forgets every key (leaving the session). */
    public synchronized void clear() {
        ContentKey[] now = ring;
        ring = new ContentKey[0];
        for (ContentKey k : now) {
            k.destroy();
        }
    }

    /** @return epochs and fingerprints, never key bytes */
    @Override
    public String toString() {
        return "ContentKeys" + Arrays.toString(ring);
    }
}

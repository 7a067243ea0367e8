package org.rmcp.content.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.rmcp.codec.Data;
import org.rmcp.codec.Maid;
import org.rmcp.content.ContentException;
import org.rmcp.content.ContentException.Field;
import org.rmcp.content.ContentException.Reason;
import org.rmcp.content.ContentKey;
import org.rmcp.content.ContentKeys;
import org.rmcp.content.ContentMeter;
import org.rmcp.content.ContentOpener;
import org.rmcp.content.ContentSuite;

/** An RMA's opener of DATA messages (X.603.1 Amd.1 10.2.7) by KEY_EPOCH; see {@link ContentOpener}. */
public final class DefaultContentOpener implements ContentOpener {
    private final ContentSuite suite;
    private final PayloadCipher cipher;
    private final ContentKeys keys;
    private final long sessionId;
    private final Maid smaMaid;
    private final ByteBufAllocator alloc;
    private final ContentMeter meter;
    private final ByteBuffer aad = ByteBuffer.allocate(ContentSuite.AAD_LENGTH);
    /** Per epoch: derived keys and the highest SEQ_NO opened; pruned to the epochs the ring holds. */
    private final Map<Long, EpochState> epochs = new HashMap<>();

    /** See {@link ContentOpener#create(ContentSuite, ContentKeys, long, Maid, ByteBufAllocator, ContentMeter)}. */
    public DefaultContentOpener(ContentSuite suite, ContentKeys keys, long sessionId, Maid smaMaid,
            ByteBufAllocator alloc, ContentMeter meter) {
        this.suite = Objects.requireNonNull(suite, "suite");
        this.cipher = new PayloadCipher(suite);
        this.keys = Objects.requireNonNull(keys, "keys");
        this.sessionId = sessionId;
        this.smaMaid = Objects.requireNonNull(smaMaid, "smaMaid");
        this.alloc = Objects.requireNonNull(alloc, "alloc");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    @Override
    public synchronized ByteBuf open(Data data) throws ContentException {
        if (data.sessionId() != sessionId) {
            throw new ContentException(Field.SESSION_ID, Reason.WRONG_SESSION, Long.toHexString(data.sessionId())
                    + ", expected " + Long.toHexString(sessionId));
        }
        if (!data.maid().equals(smaMaid)) {
            throw new ContentException(Field.MAID, Reason.WRONG_ORIGIN, data.maid() + ", expected the SMA " + smaMaid);
        }
        EpochState state = state(data.keyEpoch());
        if (state.opened && Long.compareUnsigned(data.seqNo(), state.highest) <= 0) {
            throw new ContentException(Field.SEQ_NO, Reason.REPLAYED, Long.toUnsignedString(data.seqNo())
                    + " not above " + Long.toUnsignedString(state.highest) + " in epoch " + data.keyEpoch());
        }
        aad.clear();
        ContentSuite.writeAad(aad, data.sessionId(), data.maid(), data.keyEpoch(), data.seqNo());
        aad.flip();
        ByteBuf payload = data.payload();
        ByteBuf out = alloc.buffer(payload.readableBytes());
        try {
            int n = cipher.open(state.keys, aad, payload, out);
            state.opened = true;
            state.highest = data.seqNo();
            meter.addOpened(n);
            ByteBuf result = out;
            out = null;
            return result;
        } finally {
            if (out != null) {
                out.setZero(0, out.capacity());
                out.release();
            }
        }
    }

    @Override
    public synchronized OptionalLong highestSeqNo(long epoch) {
        EpochState s = epochs.get(epoch);
        return s == null || !s.opened ? OptionalLong.empty() : OptionalLong.of(s.highest);
    }

    /** @return the state of an epoch the ring holds, deriving its keys on first use */
    private EpochState state(long epoch) throws ContentException {
        Optional<ContentKey> kc = keys.key(epoch);
        if (kc.isEmpty()) {
            throw new ContentException(Field.KEY_EPOCH, Reason.UNKNOWN_EPOCH, epoch + " not held; held: " + keys.epochs());
        }
        EpochState old = epochs.get(epoch);
        if (old != null && old.key == kc.get()) {
            return old;
        }
        EpochState s;
        try {
            s = new EpochState(kc.get(), EpochKeys.derive(suite, kc.get()));
        } catch (IllegalStateException e) { // evicted and destroyed since the lookup
            throw new ContentException(Field.KEY_EPOCH, Reason.UNKNOWN_EPOCH, epoch + " evicted meanwhile");
        } catch (GeneralSecurityException e) {
            throw new ContentException(Field.KEY_EPOCH, Reason.UNKNOWN_EPOCH, "Kc of epoch " + epoch + " unusable with "
                    + suite + ": " + e.getClass().getSimpleName());
        }
        if (old != null) { // the ring was cleared and the epoch installed again: keep its replay state
            s.opened = old.opened;
            s.highest = old.highest;
        } else if (epochs.size() >= keys.capacity()) {
            epochs.keySet().removeIf(e -> keys.key(e).isEmpty());
        }
        epochs.put(epoch, s);
        return s;
    }

    private static final class EpochState {
        final ContentKey key;
        final EpochKeys keys;
        boolean opened;
        long highest;

        EpochState(ContentKey key, EpochKeys keys) {
            this.key = key;
            this.keys = keys;
        }
    }

    @Override
    public String toString() {
        return "ContentOpener[" + suite + ", session=" + Long.toHexString(sessionId) + ", sma=" + smaMaid + "]";
    }
}

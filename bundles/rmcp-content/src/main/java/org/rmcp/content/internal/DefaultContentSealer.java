package org.rmcp.content.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.rmcp.codec.Data;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.content.ContentKey;
import org.rmcp.content.ContentMeter;
import org.rmcp.content.ContentSealer;
import org.rmcp.content.ContentSuite;

/** The SMA's sealer of DATA messages under Kc (X.603.1 Amd.1 10.2.7); see {@link ContentSealer}. */
public final class DefaultContentSealer implements ContentSealer {
    private final ContentSuite suite;
    private final PayloadCipher cipher;
    private final long sessionId;
    private final Maid smaMaid;
    private final ByteBufAllocator alloc;
    private final ContentMeter meter;
    private final ByteBuffer aad = ByteBuffer.allocate(ContentSuite.AAD_LENGTH);
    private EpochKeys keys;
    private long seq;

    /** See {@link ContentSealer#create(ContentSuite, long, Maid, ByteBufAllocator, ContentMeter)}. */
    public DefaultContentSealer(ContentSuite suite, long sessionId, Maid smaMaid, ByteBufAllocator alloc,
            ContentMeter meter) {
        this.suite = Objects.requireNonNull(suite, "suite");
        this.cipher = new PayloadCipher(suite);
        this.sessionId = sessionId;
        this.smaMaid = Objects.requireNonNull(smaMaid, "smaMaid");
        this.alloc = Objects.requireNonNull(alloc, "alloc");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    @Override
    public void rekey(long epoch, byte[] kc) throws GeneralSecurityException {
        if (keys != null && epoch <= keys.epoch) {
            throw new IllegalArgumentException("KEY_EPOCH " + epoch + " is not newer than the current " + keys.epoch);
        }
        ContentKey key = new ContentKey(epoch, kc);
        try {
            keys = EpochKeys.derive(suite, key);
            seq = 0;
        } finally {
            key.destroy();
        }
    }

    @Override
    public Data seal(ByteBuf plaintext) {
        int n = plaintext.readableBytes();
        if (n > suite.maxPlaintextLength()) {
            throw new IllegalArgumentException(n + " bytes of content, at most " + suite.maxPlaintextLength() + " per DATA");
        }
        if (keys == null) {
            throw new IllegalStateException("no Kc yet: rekey first");
        }
        if (Long.compareUnsigned(seq, MAX_MESSAGES_PER_EPOCH) >= 0) {
            throw new IllegalStateException(MAX_MESSAGES_PER_EPOCH + " messages under KEY_EPOCH " + keys.epoch + ": rekey");
        }
        aad.clear();
        ContentSuite.writeAad(aad, sessionId, smaMaid, keys.epoch, seq);
        aad.flip();
        ByteBuf out = alloc.buffer(suite.maxPayloadLength(n));
        try {
            cipher.seal(keys, aad, plaintext.nioBuffer(plaintext.readerIndex(), n), out);
            Data data = new Data(NodeType.SMA, sessionId, smaMaid, keys.epoch, seq, out);
            out = null;
            seq++;
            plaintext.skipBytes(n);
            meter.addSealed(n);
            return data;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(suite + " failed to seal", e);
        } finally {
            if (out != null) {
                out.release();
            }
        }
    }

    @Override
    public void sealAll(ByteBuf plaintext, int chunkSize, Consumer<? super Data> sink) {
        if (chunkSize < 1 || chunkSize > suite.maxPlaintextLength()) {
            throw new IllegalArgumentException("chunk of " + chunkSize + " bytes, 1-" + suite.maxPlaintextLength());
        }
        while (plaintext.isReadable()) {
            sink.accept(seal(plaintext.readSlice(Math.min(chunkSize, plaintext.readableBytes()))));
        }
    }

    @Override
    public int maxPlaintextLength() {
        return suite.maxPlaintextLength();
    }

    @Override
    public OptionalLong epoch() {
        return keys == null ? OptionalLong.empty() : OptionalLong.of(keys.epoch);
    }

    @Override
    public long nextSeqNo() {
        return seq;
    }

    @Override
    public String toString() {
        return "ContentSealer[" + suite + ", session=" + Long.toHexString(sessionId) + ", epoch="
                + (keys == null ? "none" : keys.epoch) + ", seq=" + Long.toUnsignedString(seq) + "]";
    }
}

package org.rmcp.content.internal;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import org.rmcp.content.ContentException;
import org.rmcp.content.ContentException.Field;
import org.rmcp.content.ContentException.Reason;
import org.rmcp.content.ContentSuite;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * Seals and opens one DATA payload (X.603.1 Amd.1 10.2.7) in the AEAD or encrypt-then-MAC form of
 * {@link ContentSuite}, between Netty buffers, without intermediate copies of the content.
 */
final class PayloadCipher {
    private final ContentSuite suite;
    private final EncDecAlgorithm cipher;
    private final AuthAlgorithm mac;

    PayloadCipher(ContentSuite suite) {
        this.suite = suite;
        this.cipher = suite.cipher();
        this.mac = suite.mac().orElse(null);
    }

    /**
     * Writes the sealed payload of the remaining bytes of {@code plain} at {@code out}'s writer index.
     *
     * @param aad the AAD, read but not consumed
     * @return the bytes written
     */
    int seal(EpochKeys keys, ByteBuffer aad, ByteBuffer plain, ByteBuf out) throws GeneralSecurityException {
        int max = suite.maxPayloadLength(plain.remaining());
        out.ensureWritable(max);
        ByteBuffer dst = out.internalNioBuffer(out.writerIndex(), max);
        int start = dst.position();
        int n = cipher.encrypt(keys.encKey, mac == null ? aad : null, plain, dst);
        if (mac != null) {
            ByteBuffer c = dst.duplicate();
            c.position(start).limit(start + n);
            byte[] tag = mac.mac(keys.macKey, aad, c);
            dst.put(tag);
            n += tag.length;
        }
        out.writerIndex(out.writerIndex() + n);
        return n;
    }

    /**
     * Authenticates the readable bytes of {@code payload} (not consumed) and writes the plaintext at
     * {@code out}'s writer index, which must have room for as many bytes as the payload has.
     *
     * @return the plaintext bytes written
     */
    int open(EpochKeys keys, ByteBuffer aad, ByteBuf payload, ByteBuf out) throws ContentException {
        int len = payload.readableBytes();
        if (len < suite.minPayloadLength()) {
            throw new ContentException(Field.PAYLOAD, Reason.MALFORMED, len + " bytes, " + suite + " needs at least "
                    + suite.minPayloadLength());
        }
        ByteBuffer src = payload.nioBuffer(payload.readerIndex(), len);
        if (mac != null) {
            verifyTag(keys, aad, payload, src);
        }
        ByteBuffer dst = out.internalNioBuffer(out.writerIndex(), out.writableBytes());
        int n;
        try {
            n = cipher.decrypt(keys.encKey, mac == null ? aad : null, src, dst);
        } catch (GeneralSecurityException | RuntimeException e) {
            // AEAD: the tag did not verify; encrypt-then-MAC: authentic, yet not the cipher's framing
            throw new ContentException(Field.PAYLOAD, mac == null ? Reason.AUTHENTICATION : Reason.MALFORMED,
                    cipher.name() + ": " + e.getClass().getSimpleName());
        }
        out.writerIndex(out.writerIndex() + n);
        return n;
    }

    /** Checks {@code C || tag}, then leaves {@code src} limited to C. */
    private void verifyTag(EpochKeys keys, ByteBuffer aad, ByteBuf payload, ByteBuffer src) throws ContentException {
        int t = mac.macLength();
        byte[] tag = new byte[t];
        payload.getBytes(payload.writerIndex() - t, tag);
        src.limit(src.limit() - t);
        boolean ok;
        try {
            ok = mac.verify(keys.macKey, tag, aad, src);
        } catch (GeneralSecurityException | RuntimeException e) {
            ok = false;
        }
        if (!ok) {
            throw new ContentException(Field.PAYLOAD, Reason.AUTHENTICATION, mac.name() + " tag does not verify");
        }
    }
}

package org.rmcp.bench.content;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.rmcp.cipher.aesgcm.internal.AesGcmAlgorithm;
import org.rmcp.codec.Data;
import org.rmcp.codec.Maid;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.content.ContentSealer;
import org.rmcp.content.ContentSuite;

/** Sealed DATA frames for the relay benchmark, and the plain framing of the baseline. */
final class Frames {
    static final long SESSION = 0x0123_4567_89AB_CDEFL;
    static final Maid SMA = Maid.parse("192.0.2.1:7000");

    private Frames() {
    }

    /** @return about {@code bytes} of encoded DATA frames of {@code contentSize} content bytes each, in one direct buffer */
    static ByteBuf burst(int contentSize, int bytes) throws GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        byte[] kc = new byte[16];
        random.nextBytes(kc);
        ContentSealer sealer = ContentSealer.create(ContentSuite.of(new AesGcmAlgorithm(), null), SESSION, SMA);
        sealer.rekey(1, kc);
        byte[] content = new byte[contentSize];
        random.nextBytes(content);
        ByteBuf out = Unpooled.directBuffer(bytes + Data.PAYLOAD_OFFSET + contentSize + 64);
        do {
            Data d = sealer.seal(Unpooled.wrappedBuffer(content));
            RmcpCodec.DEFAULT.encode(d, out);
            d.release();
        } while (out.readableBytes() < bytes);
        return out;
    }

    /** @return a frame decoder on the header's Length (offset 2, 16 bits, counting the whole message) */
    static LengthFieldBasedFrameDecoder plainDecoder() {
        return new LengthFieldBasedFrameDecoder(0xFFFF, 2, 2, -4, 0);
    }
}

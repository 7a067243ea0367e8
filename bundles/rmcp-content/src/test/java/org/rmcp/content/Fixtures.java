package org.rmcp.content;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;
import org.rmcp.cipher.aesgcm.internal.AesGcmAlgorithm;
import org.rmcp.codec.Data;
import org.rmcp.codec.Maid;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm;

/** Suites, identities and keys shared by the content tests. */
final class Fixtures {
    static final long SESSION = 0x0123_4567_89AB_CDEFL;
    static final Maid SMA = Maid.parse("192.0.2.1:7000");
    static final Maid OTHER = Maid.parse("192.0.2.9:7000");

    /** The two ways content is protected: AEAD, and a plain cipher with encrypt-then-MAC. */
    enum Mode {
        AES_128_GCM, AES_128_CBC_HMAC_SHA1;

        ContentSuite suite() {
            return this == AES_128_GCM ? ContentSuite.of(new AesGcmAlgorithm(), null)
                    : ContentSuite.of(new AesCbcAlgorithm(), new HmacSha1Algorithm());
        }
    }

    private Fixtures() {
    }

    /** @return a 16-byte Kc whose bytes all derive from {@code seed} */
    static byte[] kc(int seed) {
        byte[] k = new byte[16];
        new Random(seed).nextBytes(k);
        return k;
    }

    static byte[] random(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] bytes(ByteBuf b) {
        return ByteBufUtil.getBytes(b);
    }

    static byte[] sha256(byte[] b) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    /** @return the message as on the wire */
    static byte[] wire(Data d) {
        return RmcpCodec.DEFAULT.encodeToBytes(d);
    }

    /** @return a copy of {@code d} with other header fields and the same payload bytes (a new buffer) */
    static Data with(Data d, long session, Maid maid, long epoch, long seq) {
        return new Data(d.nodeType(), session, maid, epoch, seq, Unpooled.copiedBuffer(d.payload()));
    }
}

package org.rmcp.bench.content;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rmcp.cipher.aesgcm.internal.AesGcmAlgorithm;
import org.rmcp.codec.Data;
import org.rmcp.codec.Maid;
import org.rmcp.content.ContentMeter;
import org.rmcp.content.ContentSealer;
import org.rmcp.content.ContentSuite;

/**
 * The SMA's content encryption (X.603.1 Amd.1 10.2.7): {@link ContentSealer} with AES-128-GCM
 * turning one chunk of content into a DATA message (AAD, pooled direct payload buffer, record) and
 * releasing it ({@link #ours}), against raw JCA {@code AES/GCM/NoPadding} on the same plaintext
 * buffer with a fresh random nonce and the same 29-byte AAD, writing nonce || C || tag into a
 * reused direct buffer ({@link #jca}, the baseline; target ours / jca >= 0.9). {@link #algorithm}
 * splits the difference: our AES-128-GCM {@code EncDecAlgorithm} alone, same AAD, into the
 * baseline's buffer. Sizes: 1 KiB and the largest chunk a DATA message carries under GCM (65475
 * bytes). {@code -p buffer=direct} puts the plaintext in a direct buffer.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContentSealBenchmark {
    private static final long SESSION = 0x0123_4567_89AB_CDEFL;
    private static final Maid SMA = Maid.parse("192.0.2.1:7000");

    @Param({"1024", "65475"})
    public int size;

    @Param({"heap"})
    public String buffer;

    private final SecureRandom random = new SecureRandom();
    private final byte[] nonce = new byte[12];
    private ContentSealer sealer;
    private ByteBuf plaintext;
    private ByteBuffer plainNio;
    private ByteBuffer out;
    private Cipher jca;
    private SecretKeySpec key;
    private byte[] aad;
    private long seq;
    private final AesGcmAlgorithm algorithm = new AesGcmAlgorithm();
    private Key algorithmKey;
    private ByteBuffer aadBuffer;

    @Setup
    public void setup() throws GeneralSecurityException {
        byte[] kc = new byte[16];
        random.nextBytes(kc);
        sealer = ContentSealer.create(ContentSuite.of(new AesGcmAlgorithm(), null), SESSION, SMA,
                PooledByteBufAllocator.DEFAULT, new ContentMeter());
        sealer.rekey(1, kc);
        byte[] content = new byte[size];
        random.nextBytes(content);
        plaintext = switch (buffer) {
            case "heap" -> Unpooled.wrappedBuffer(content);
            case "direct" -> Unpooled.directBuffer(size).writeBytes(content);
            default -> throw new IllegalArgumentException("buffer must be heap or direct, not " + buffer);
        };
        plainNio = plaintext.nioBuffer();
        out = ByteBuffer.allocateDirect(size + 28);
        jca = Cipher.getInstance("AES/GCM/NoPadding");
        key = new SecretKeySpec(kc, "AES");
        aad = ContentSuite.aad(SESSION, SMA, 1, 0);
        aadBuffer = ByteBuffer.wrap(aad.clone());
        algorithmKey = algorithm.key(kc);
    }

    @Benchmark
    public long ours() {
        Data d = sealer.seal(plaintext.duplicate());
        long n = d.seqNo();
        d.release();
        return n;
    }

    /** Where the difference goes: the EncDecAlgorithm alone, same AAD, into the baseline's reused buffer. */
    @Benchmark
    public ByteBuffer algorithm() throws GeneralSecurityException {
        out.clear();
        algorithm.encrypt(algorithmKey, aadBuffer.duplicate(), plainNio.duplicate(), out);
        return out;
    }

    @Benchmark
    public ByteBuffer jca() throws GeneralSecurityException {
        random.nextBytes(nonce);
        jca.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        aad[28] = (byte) seq++; // a fresh SEQ_NO in the AAD, as the sealer writes
        jca.updateAAD(aad);
        out.clear();
        out.put(nonce);
        jca.doFinal(plainNio.duplicate(), out);
        return out;
    }
}

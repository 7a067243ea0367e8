package org.rmcp.bench.cipher;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.spec.AlgorithmParameterSpec;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
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
import org.rmcp.spi.cipher.EncDecAlgorithm;

/**
 * What every symmetric cipher benchmark measures: our {@link EncDecAlgorithm#encrypt} into a
 * reused buffer ({@link #ours}) against a pre-initialised JCA cipher re-keyed per operation with a
 * fresh header (IV, counter block or nonce) and writing header || C into the same buffers
 * ({@link #jca}, the baseline of the same run; target: ours / jca >= 0.9). A subclass names the
 * component, the JCA cipher and its parameters. {@code -p buffer=direct} measures direct buffers.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class SymmetricCipherBenchmark {
    @Param({"1024", "65536"})
    public int size;

    @Param({"heap"})
    public String buffer;

    private final EncDecAlgorithm ours;
    private final byte[] header;
    private Key key;
    private ByteBuffer in;
    private ByteBuffer out;
    private Cipher jca;

    /**
     * @param ours the component under test
     * @param headerLength bytes of IV, counter block or nonce it writes before the ciphertext
     */
    protected SymmetricCipherBenchmark(EncDecAlgorithm ours, int headerLength) {
        this.ours = ours;
        this.header = new byte[headerLength];
    }

    /** @return the baseline JCA cipher, not yet initialised */
    protected abstract Cipher newJcaCipher() throws GeneralSecurityException;

    /** @return the JCA parameters for a header */
    protected abstract AlgorithmParameterSpec parameters(byte[] header);

    /** Draws a fresh header as the component does: random bytes unless overridden. */
    protected void nextHeader(byte[] header) {
        Buffers.RANDOM.nextBytes(header);
    }

    @Setup
    public void setup() throws GeneralSecurityException {
        key = ours.generateKey(Buffers.RANDOM);
        in = Buffers.plaintext(buffer, size);
        out = Buffers.allocate(buffer, ours.maxCiphertextLength(size));
        jca = newJcaCipher();
        nextHeader(header);
        jca.init(Cipher.ENCRYPT_MODE, key, parameters(header));
    }

    @Benchmark
    public ByteBuffer ours() throws GeneralSecurityException {
        in.rewind();
        out.clear();
        ours.encrypt(key, null, in, out);
        return out;
    }

    @Benchmark
    public ByteBuffer jca() throws GeneralSecurityException {
        in.rewind();
        out.clear();
        nextHeader(header);
        jca.init(Cipher.ENCRYPT_MODE, key, parameters(header));
        out.put(header);
        jca.doFinal(in, out);
        return out;
    }
}

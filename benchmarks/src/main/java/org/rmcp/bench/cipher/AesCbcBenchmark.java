package org.rmcp.bench.cipher;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
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
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;
import org.rmcp.spi.cipher.EncDecAlgorithm;

/**
 * EN_DEC_ID 0x01 AES-128-CBC: our {@link EncDecAlgorithm#encrypt} into a reused buffer against a
 * pre-initialised JCA {@code AES/CBC/PKCS5Padding} cipher re-keyed with a fresh random IV per
 * operation and writing IV || C into the same buffers (target: ours / jca >= 0.9).
 * {@code -p buffer=direct} measures direct buffers.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AesCbcBenchmark {
    @Param({"1024", "65536"})
    public int size;

    @Param({"heap"})
    public String buffer;

    private final EncDecAlgorithm ours = new AesCbcAlgorithm();
    private final byte[] iv = new byte[16];
    private Key key;
    private ByteBuffer in;
    private ByteBuffer out;
    private Cipher jca;

    @Setup
    public void setup() throws GeneralSecurityException {
        key = ours.generateKey(Buffers.RANDOM);
        in = Buffers.plaintext(buffer, size);
        out = Buffers.allocate(buffer, ours.maxCiphertextLength(size));
        jca = Cipher.getInstance("AES/CBC/PKCS5Padding");
        jca.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
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
        Buffers.RANDOM.nextBytes(iv);
        jca.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        out.put(iv);
        jca.doFinal(in, out);
        return out;
    }
}

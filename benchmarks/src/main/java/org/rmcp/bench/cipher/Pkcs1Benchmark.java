package org.rmcp.bench.cipher;

import java.lang.annotation.Annotation;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.MGF1ParameterSpec;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
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
import org.rmcp.cipher.pkcs1.internal.Pkcs1Algorithm;
import org.rmcp.cipher.pkcs1.internal.Pkcs1Config;
import org.rmcp.spi.cipher.EncDecAlgorithm;

/**
 * EN_DEC_ID 0x03 PKCS #1 key transport on a 2048-bit key: our encrypt/decrypt against a
 * pre-initialised JCA RSA cipher with the same padding, same buffers. RSA carries one short key per
 * block, so instead of the 1 KiB / 64 KiB sizes of the symmetric ciphers this transports one
 * {@code size}-byte key (default 32) per operation (target: ours / jca >= 0.9).
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Pkcs1Benchmark {
    @Param({"32"})
    public int size;

    @Param({"oaep", "v1.5"})
    public String padding;

    @Param({"heap"})
    public String buffer;

    private EncDecAlgorithm ours;
    private KeyPair pair;
    private ByteBuffer in;
    private ByteBuffer block;
    private ByteBuffer out;
    private Cipher jcaEncrypt;
    private Cipher jcaDecrypt;

    @Setup
    public void setup() throws GeneralSecurityException {
        ours = new Pkcs1Algorithm(config(padding));
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        pair = g.generateKeyPair();
        in = Buffers.plaintext(buffer, size);
        out = Buffers.allocate(buffer, ours.maxCiphertextLength(size));
        block = Buffers.allocate(buffer, ours.maxCiphertextLength(size));
        ours.encrypt(pair.getPublic(), null, in, block);
        block.flip();
        boolean oaep = padding.equals("oaep");
        jcaEncrypt = Cipher.getInstance(oaep ? "RSA/ECB/OAEPPadding" : "RSA/ECB/PKCS1Padding");
        jcaDecrypt = Cipher.getInstance(oaep ? "RSA/ECB/OAEPPadding" : "RSA/ECB/PKCS1Padding");
        OAEPParameterSpec sha256 = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
        if (oaep) {
            jcaEncrypt.init(Cipher.ENCRYPT_MODE, pair.getPublic(), sha256, Buffers.RANDOM);
            jcaDecrypt.init(Cipher.DECRYPT_MODE, pair.getPrivate(), sha256);
        } else {
            jcaEncrypt.init(Cipher.ENCRYPT_MODE, pair.getPublic(), Buffers.RANDOM);
            jcaDecrypt.init(Cipher.DECRYPT_MODE, pair.getPrivate());
        }
    }

    private static Pkcs1Config config(String padding) {
        return new Pkcs1Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return Pkcs1Config.class;
            }

            @Override
            public String padding() {
                return padding;
            }

            @Override
            public int modulusBits() {
                return 2048;
            }
        };
    }

    @Benchmark
    public ByteBuffer ours() throws GeneralSecurityException {
        in.rewind();
        out.clear();
        ours.encrypt(pair.getPublic(), null, in, out);
        return out;
    }

    @Benchmark
    public ByteBuffer jca() throws GeneralSecurityException {
        in.rewind();
        out.clear();
        jcaEncrypt.doFinal(in, out);
        return out;
    }

    @Benchmark
    public ByteBuffer oursDecrypt() throws GeneralSecurityException {
        block.rewind();
        out.clear();
        ours.decrypt(pair.getPrivate(), null, block, out);
        return out;
    }

    @Benchmark
    public ByteBuffer jcaDecrypt() throws GeneralSecurityException {
        block.rewind();
        out.clear();
        jcaDecrypt.doFinal(block, out);
        return out;
    }
}

package org.rmcp.bench.mac;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
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
import org.rmcp.auth.memauth.internal.MemAuthMechanism;
import org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm;
import org.rmcp.spi.auth.MembershipAuth;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * HMAC-SHA1 through our {@link AuthAlgorithm} (thread-cached Mac, re-keyed per call) against a
 * JCA Mac initialised once (the baseline, same run), on 1 KiB and 64 KiB; and one full MEM_AUTH
 * exchange (two ffdhe2048 key pairs and agreements, three passes) per operation.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MacBenchmark {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The MAC inputs; only the MAC benchmarks take it, so only they run per size. */
    @State(Scope.Thread)
    public static class Payload {
        @Param({"1024", "65536"})
        public int size;

        final AuthAlgorithm ours = new HmacSha1Algorithm();
        final byte[] key = new byte[20];
        byte[] bytes;
        ByteBuffer buffer;
        Mac jca;

        @Setup
        public void setup() throws GeneralSecurityException {
            RANDOM.nextBytes(key);
            bytes = new byte[size];
            RANDOM.nextBytes(bytes);
            buffer = ByteBuffer.wrap(bytes);
            jca = Mac.getInstance("HmacSHA1");
            jca.init(new SecretKeySpec(key, "HmacSHA1"));
        }
    }

    /** One MEM_AUTH service, shared like the DS component is. */
    @State(Scope.Benchmark)
    public static class Auth {
        final MembershipAuth mechanism = new MemAuthMechanism();
        final byte[] client = "client-maid".getBytes(StandardCharsets.US_ASCII);
        final byte[] server = "server-maid".getBytes(StandardCharsets.US_ASCII);
        final byte[] secret = new byte[32];

        @Setup
        public void setup() {
            RANDOM.nextBytes(secret);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] hmacSha1Ours(Payload p) throws GeneralSecurityException {
        return p.ours.mac(p.key, p.buffer);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] hmacSha1JcaPreInitialised(Payload p) {
        return p.jca.doFinal(p.bytes);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] memAuthExchange(Auth a) throws GeneralSecurityException {
        MembershipAuth.Initiator c = a.mechanism.initiator(a.client, a.secret);
        MembershipAuth.Responder s = a.mechanism.responder(a.server, a.secret);
        s.finish(c.finish(s.respond(c.start())));
        return c.kmas();
    }
}

package org.rmcp.bench.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.api.alg.GkNames;
import org.rmcp.codec.AuthAlg;
import org.rmcp.codec.AuthAttribute;
import org.rmcp.codec.AuthMech;
import org.rmcp.codec.ConEnDecAlg;
import org.rmcp.codec.Data;
import org.rmcp.codec.GkEnDecAlg;
import org.rmcp.codec.GkMech;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.KeyInfo;
import org.rmcp.codec.KeyMaterial;
import org.rmcp.codec.KeyType;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Octets;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecList;

/**
 * Wire codec throughput (messages/s): decode then encode of a representative mix (SECLIST,
 * KEYDELIVER with 16 bytes of key data, and a data message with a 1 KiB payload, X.603.1 Amd.1
 * clause 11) against a baseline that only copies the same bytes into a new pooled ByteBuf
 * (same run). The ratio is the codec's cost over moving the bytes.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmark {
    private static final int MIX = 3;

    /** The encoded mix, built once. */
    @State(Scope.Thread)
    public static class Messages {
        final ByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;
        final RmcpCodec codec = RmcpCodec.DEFAULT;
        ByteBuf[] encoded;

        @Setup(Level.Trial)
        public void setup() {
            Maid maid = Maid.parse("10.0.0.1:5000");
            long session = 0x0123456789ABCDEFL;
            byte[] key = new byte[16];
            byte[] content = new byte[1024];
            List<RmcpMessage> mix = List.of(
                    new SecList(NodeType.SM, session, maid,
                            new GkMech(GpAttribute.OPEN, GkMecha.PERIODIC_FORWARD_BACKWARD, GkNames.LKH),
                            new AuthMech(AuthAttribute.MEMBERSHIP, AuthNames.MEM_AUTH),
                            new ConEnDecAlg(EnDecIds.AES_128_CBC), new GkEnDecAlg(EnDecIds.AES_128_CTR),
                            new AuthAlg(AuthIds.HMAC_SHA1)),
                    new KeyDeliver(NodeType.SM, session, maid, KeyInfo.of(new KeyMaterial(KeyType.KS, Octets.of(key)))),
                    new Data(NodeType.SMA, session, maid, 1, 1, Unpooled.wrappedBuffer(content)));
            encoded = new ByteBuf[mix.size()];
            for (int i = 0; i < encoded.length; i++) {
                encoded[i] = Unpooled.wrappedBuffer(codec.encodeToBytes(mix.get(i)));
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            for (ByteBuf b : encoded) {
                b.release();
            }
        }
    }

    /** Decodes each message of the mix and encodes it again into a pooled buffer. */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void decodeEncode(Messages s, Blackhole bh) {
        for (ByteBuf in : s.encoded) {
            RmcpMessage m = s.codec.decode(in.duplicate());
            ByteBuf out = s.codec.encode(m, s.alloc);
            bh.consume(out.readableBytes());
            out.release();
            if (m instanceof Data) {
                ((Data) m).release();
            }
        }
    }

    /** Baseline: copies the same bytes into a new pooled buffer of the same size. */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void baselineCopy(Messages s, Blackhole bh) {
        for (ByteBuf in : s.encoded) {
            ByteBuf out = s.alloc.buffer(in.readableBytes(), in.readableBytes());
            out.writeBytes(in, in.readerIndex(), in.readableBytes());
            bh.consume(out.readableBytes());
            out.release();
        }
    }
}

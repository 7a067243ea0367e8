package org.rmcp.codec.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.util.ReferenceCountUtil;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.RmcpProtocolException;

/**
 * Fuzz targets (Jazzer, JUnit 5 integration) over the frame decoder and the codec. The only
 * failures allowed are {@link RmcpProtocolException} and {@link TooLongFrameException}; every
 * message that decodes must re-encode and decode to an equal message.
 *
 * <p>A normal {@code ./mvnw verify} runs them in regression mode: only the seed corpus in
 * {@code src/test/resources/org/rmcp/codec/netty/FrameDecoderFuzzTestInputs/<method>/} (one file
 * per golden vector), in seconds. Fuzz for real on demand, one target per run, for the
 * annotation's {@code maxDuration}:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B test -pl bundles/rmcp-codec -Dtest='FrameDecoderFuzzTest#frameDecoder'
 * JAZZER_FUZZ=1 ./mvnw -B test -pl bundles/rmcp-codec -Dtest='FrameDecoderFuzzTest#codec'
 * </pre>
 * Findings are written next to the seeds as {@code crash-*} files and then replay in regression mode.
 */
class FrameDecoderFuzzTest {
    private static final RmcpCodec SMALL = RmcpCodec.withLimits(512, 64);

    @FuzzTest(maxDuration = "5m")
    void frameDecoder(byte[] input) {
        EmbeddedChannel ch = new EmbeddedChannel(new RmcpFrameDecoder(SMALL));
        int cut = input.length == 0 ? 0 : (input[0] & 0xFF) % (input.length + 1);
        // two reads, then end of stream (which decodes what is left): each may fail, the next still runs
        allowingProtocolErrors(() -> ch.writeInbound(Unpooled.wrappedBuffer(input, 0, cut)));
        allowingProtocolErrors(() -> ch.writeInbound(Unpooled.wrappedBuffer(input, cut, input.length - cut)));
        allowingProtocolErrors(ch::finish);
        for (Object m; (m = ch.readInbound()) != null;) {
            roundTrips((RmcpMessage) m);
        }
    }

    private static void allowingProtocolErrors(Runnable step) {
        try {
            step.run();
        } catch (TooLongFrameException expected) {
            // refused before buffering
        } catch (DecoderException e) {
            if (!(e.getCause() instanceof RmcpProtocolException)) {
                throw e;
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void codec(byte[] input) {
        RmcpMessage m;
        try {
            m = RmcpCodec.DEFAULT.decode(input);
        } catch (RmcpProtocolException expected) {
            return;
        }
        roundTrips(m);
    }

    private static void roundTrips(RmcpMessage m) {
        try {
            RmcpMessage again = RmcpCodec.DEFAULT.decode(RmcpCodec.DEFAULT.encodeToBytes(m));
            assertEquals(m, again);
            ReferenceCountUtil.release(again);
        } finally {
            ReferenceCountUtil.release(m);
        }
    }
}

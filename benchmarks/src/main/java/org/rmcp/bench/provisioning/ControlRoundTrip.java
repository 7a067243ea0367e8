package org.rmcp.bench.provisioning;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.rmcp.api.AlgorithmType;
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;
import org.rmcp.codec.ConEnDecDeliver;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecAlgReq;
import org.rmcp.codec.SecModule;
import org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm;
import org.rmcp.provisioning.Offer;
import org.rmcp.transport.ControlChannel;
import org.rmcp.transport.ControlSuite;
import org.rmcp.transport.RmcpClient;
import org.rmcp.transport.RmcpServer;
import org.rmcp.transport.TlsConfig;
import org.rmcp.transport.TransportOptions;

/**
 * The control exchange before provisioning: SECALGREQ (X.603.1 Amd.1 11.2.7) for CON_EN_DEC SEED
 * answered by SECMODULE (0x28, ours: docs/spec-notes.md 2.7), on one admitted TLS_PSK control
 * channel over loopback, sealed as the SM and MA connectors seal it (10.2.6: the
 * {@link ControlSuite}, AES-128-CBC then HMAC-SHA1, under KTLS both ways; an SMA or DMA moves to
 * Ks later, with the same suite and cost). The SM end is a stand-in that answers with the
 * repository's offer: the real codec, transport and repository lookup, not the SM session's
 * state machine. Timed: send until the MA has parsed the {@link Offer}. Admission is set up once,
 * untimed. The PSK is random per run; neither it nor KTLS is printed.
 */
final class ControlRoundTrip implements AutoCloseable {
    private static final String IDENTITY = "bench-ma";
    private static final long SESSION_ID = 0x0123456789ABCDEFL;
    private static final long WAIT_S = 10;
    /** The MA's MAID in SECALGREQ (IPv4 ∥ port); the stand-in SM only echoes it. */
    private static final Maid MAID = Maid.of(new byte[] {127, 0, 0, 1}, 5000);

    private final RmcpServer server;
    private final RmcpClient client;
    private final ControlChannel channel;
    private final AtomicReference<CompletableFuture<SecModule>> pending = new AtomicReference<>();

    private ControlRoundTrip(RmcpServer server, RmcpClient client, ControlChannel channel) {
        this.server = server;
        this.client = client;
        this.channel = channel;
        channel.listen(this::onAnswer);
    }

    static ControlRoundTrip start(LoopbackRepository repository) throws Exception {
        ControlSuite suite = new ControlSuite(new AesCbcAlgorithm(), new HmacSha1Algorithm());
        byte[] psk = new byte[32];
        new SecureRandom().nextBytes(psk);
        RmcpServer server = null;
        RmcpClient client = null;
        try {
            byte[] serverPsk = psk.clone();
            server = RmcpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                TlsConfig.psk().pskStore(id -> IDENTITY.equals(id) ? serverPsk.clone() : null).build(),
                TransportOptions.defaults(), ch -> {
                    seal(ch, suite);
                    ch.listen((c, m) -> answer(c, m, repository));
                });
            client = RmcpClient.create(TlsConfig.psk().pskIdentity(IDENTITY, psk.clone()).build(),
                TransportOptions.defaults());
            ControlChannel channel = client.connect(server.localAddress()).get(WAIT_S, TimeUnit.SECONDS);
            seal(channel, suite);
            return new ControlRoundTrip(server, client, channel);
        } catch (Exception e) {
            closeQuietly(client, server);
            throw e;
        } finally {
            Arrays.fill(psk, (byte) 0);
        }
    }

    /** Seals both directions under KTLS, before {@code listen}, as both connectors do after admission. */
    private static void seal(ControlChannel ch, ControlSuite suite) {
        byte[] ktls = ch.ktls();
        try {
            ch.protect(suite.protector(ktls), suite.protector(ktls));
        } finally {
            Arrays.fill(ktls, (byte) 0);
        }
    }

    /** The SM stand-in: SECALGREQ in, SECMODULE with the repository's offer out. */
    private static void answer(ControlChannel c, RmcpMessage m, LoopbackRepository repository) {
        if (m instanceof SecAlgReq req && req.conEnDecDeliver() != null) {
            Offer offer = repository.offer(AlgorithmType.EN_DEC, req.conEnDecDeliver().conEnDecId());
            c.send(new SecModule(NodeType.SM, req.sessionId(), req.maid(), repository.base().toString(),
                List.of(offer.toText())));
        }
    }

    private void onAnswer(ControlChannel c, RmcpMessage m) {
        CompletableFuture<SecModule> f = pending.getAndSet(null);
        if (f != null && m instanceof SecModule module) {
            f.complete(module);
        }
    }

    /** @return nanoseconds from sending SECALGREQ for {@code code} until the MA holds the parsed offer */
    long roundTrip(int code) throws Exception {
        CompletableFuture<SecModule> answer = new CompletableFuture<>();
        pending.set(answer);
        long t0 = System.nanoTime();
        channel.send(new SecAlgReq(NodeType.DMA, SESSION_ID, MAID, null, null, new ConEnDecDeliver(code), null, null));
        SecModule module = answer.get(WAIT_S, TimeUnit.SECONDS);
        Offer offer = Offer.parse(module.offers().get(0));
        long t = System.nanoTime() - t0;
        if (offer.code() != code || offer.type() != AlgorithmType.EN_DEC) {
            throw new IllegalStateException("SECMODULE answered " + offer.toText());
        }
        return t;
    }

    @Override
    public void close() throws Exception {
        try {
            channel.close().get(WAIT_S, TimeUnit.SECONDS);
        } finally {
            closeQuietly(client, server);
        }
    }

    private static void closeQuietly(RmcpClient client, RmcpServer server) {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }
}

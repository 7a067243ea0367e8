package org.rmcp.ma.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.api.alg.GkNames;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecAgAns;
import org.rmcp.codec.SecAlgReq;
import org.rmcp.codec.SecList;
import org.rmcp.codec.SecModule;
import org.rmcp.codec.SecReturnCode;
import org.rmcp.codec.SmaPropose;
import org.rmcp.ma.internal.state.Effect;
import org.rmcp.ma.internal.state.MaConfig;
import org.rmcp.ma.internal.state.Subscriber;
import org.rmcp.ma.internal.transport.TestDoubles.FakeProvisioner;
import org.rmcp.ma.internal.transport.TestDoubles.FakeRegistry;
import org.rmcp.ma.internal.transport.TestDoubles.OneOfferRepository;
import org.rmcp.provisioning.Offer;
import org.rmcp.sm.api.MemberInfo;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.SessionPhase;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.SessionManagerSession;
import org.rmcp.sm.internal.SessionSettings;
import org.rmcp.sm.internal.state.AgreementTracker;
import org.rmcp.sm.internal.state.PolicyLimits;
import org.rmcp.sm.internal.state.ServiceUserRegistry;
import org.rmcp.sm.internal.transport.ModuleOffers;
import org.rmcp.sm.internal.transport.SmConnector;
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;
import org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm;
import org.rmcp.sm.internal.transport.ServerCredentials;
import org.rmcp.transport.AdmissionException;
import org.rmcp.testkit.TestPki;
import org.rmcp.transport.ControlSuite;
import org.rmcp.transport.PemFiles;
import org.rmcp.transport.RmcpClient;
import org.rmcp.transport.TlsConfig;
import org.rmcp.transport.TransportOptions;

/**
 * The real SM session and two MAs over TLS_PSK on 127.0.0.1 (X.603.1 Amd.1 10.1.1-10.1.4): the
 * SMA proposes SEED, the DMA lacks it, asks with SECALGREQ, gets SECMODULE, "installs" SEED
 * through a provisioner double and both answer SECAGANS OK. Waits on futures, never sleeps.
 */
class LoopbackAgreementTest {
    private static final long SID = 0x0123456789ABCDEFL;
    private static final long WAIT_S = 10;
    private static final byte[] SMA_KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    private static final byte[] DMA_KEY = HexFormat.of().parseHex("101112131415161718191a1b1c1d1e1f");
    private static final URI BASE = URI.create("https://127.0.0.1:7443/");
    private static final Offer SEED = new Offer("org.rmcp.cipher.seed", "1.0.0", AlgorithmType.EN_DEC, EnDecIds.SEED,
        "cd".repeat(32), "bundles/org.rmcp.cipher.seed-1.0.0.jar", 4096);

    static final ControlSuite SUITE = new ControlSuite(new AesCbcAlgorithm(), new HmacSha1Algorithm());

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private ObservedSession sm;
    private SmConnector connector;

    @AfterEach
    void stop() throws Exception {
        timer.shutdownNow();
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private void startSm() throws Exception {
        Path psk = Files.writeString(dir.resolve("sm.psk"), "# test keys\nsma = " + HexFormat.of().formatHex(SMA_KEY)
            + "\ndma = " + HexFormat.of().formatHex(DMA_KEY) + "\n", StandardCharsets.UTF_8);
        startSm(new TransportSettings("127.0.0.1", 0, TransportSettings.PSK, "rmcp-sm", psk.toString(), "", "", ""));
    }

    private void startSm(TransportSettings transport) throws Exception {
        Map<AlgorithmType, List<Integer>> allowed = new EnumMap<>(AlgorithmType.class);
        allowed.put(AlgorithmType.EN_DEC, List.of(EnDecIds.SEED, EnDecIds.AES_128_CBC));
        allowed.put(AlgorithmType.AUTH, List.of(AuthIds.HMAC_SHA1));
        allowed.put(AlgorithmType.GK, List.of(GkNames.KDC));
        PolicyLimits limits = new PolicyLimits(GpAttribute.OPEN, List.of(GkMecha.values()), allowed,
            Map.of(AlgorithmType.EN_DEC, Set.of(EnDecIds.SEED)));
        SessionSettings settings = new SessionSettings("loopback", SID, limits, Duration.ofMillis(1500),
            Duration.ofHours(1), 16, new AgreementTracker.Timing(Duration.ofSeconds(5), Duration.ofSeconds(20), 3),
            transport);
        AtomicReference<SmConnector> sink = new AtomicReference<>();
        SessionManagerSession session = new SessionManagerSession(settings, Clock.systemUTC(),
            new java.security.SecureRandom()::nextBytes, ServiceUserRegistry.create(b -> java.util.Arrays.fill(b,
                (byte) 7)), r -> { }, effects -> sink.get().execute(sm, effects));
        sm = new ObservedSession(session);
        connector = new SmConnector(sm, new ModuleOffers(() -> Optional.of(new OneOfferRepository(SEED)),
            () -> Optional.of(BASE)), () -> Optional.of(SUITE));
        sink.set(connector);
        connector.start(ServerCredentials.load("loopback", settings.transport()), TransportOptions.defaults());
        open.add(connector);
        timer.scheduleWithFixedDelay(session::tick, 20, 20, TimeUnit.MILLISECONDS);
    }

    private static MaConnector ma(NodeType role, int n, FakeRegistry registry, FakeProvisioner provisioner) {
        SmaPropose proposal = role == NodeType.SMA
            ? new SmaPropose(GpAttribute.OPEN, GkMecha.BACKWARD_FORWARD, EnDecIds.SEED) : null;
        MaConfig config = new MaConfig(role, SID, Maid.parse("127.0.0.1:700" + n), null, proposal, Map.of(), Map.of(),
            Map.of(), Duration.ofSeconds(20));
        return new MaConnector(config, registry, provisioner, (ch, host, port) -> {
            throw new IllegalStateException("the provisioner double opens no connection");
        }, Clock.systemUTC(), SUITE);
    }

    private static FakeRegistry registry(boolean seed) {
        FakeRegistry r = new FakeRegistry().add(AlgorithmType.GK, GkNames.KDC)
            .add(AlgorithmType.MEM_AUTH, AuthNames.MEM_AUTH).add(AlgorithmType.AUTH, AuthIds.HMAC_SHA1)
            .add(AlgorithmType.EN_DEC, EnDecIds.AES_128_CBC);
        return seed ? r.add(AlgorithmType.EN_DEC, EnDecIds.SEED) : r;
    }

    private MaConnector admitted(MaConnector ma, String identity, byte[] key) throws Exception {
        return admitted(ma, TlsConfig.psk().pskIdentity(identity, key).build());
    }

    private MaConnector admitted(MaConnector ma, TlsConfig tls) throws Exception {
        RmcpClient client = RmcpClient.create(tls, TransportOptions.defaults());
        open.add(client);
        Subscriber.Outcome o = ma.connect(client, connector.localAddress()).get(WAIT_S, TimeUnit.SECONDS);
        assertEquals(Subscriber.Status.ADMITTED, o.status(), o::reason);
        return ma;
    }

    private static <T extends RmcpMessage> List<T> of(Class<T> type, List<RmcpMessage> messages) {
        return messages.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static MemberState state(List<MemberInfo> members, Maid maid) {
        return members.stream().filter(m -> m.maid().equals(maid)).findFirst().orElseThrow().state();
    }

    @Test
    void smaAndDmaAgreeOverTlsAfterTheDmaIsProvisioned() throws Exception {
        startSm();
        FakeRegistry dmaRegistry = registry(false);
        FakeProvisioner dmaProvisioner = new FakeProvisioner(dmaRegistry, false);
        FakeProvisioner smaProvisioner = new FakeProvisioner(registry(true), false);
        MaConnector sma = admitted(ma(NodeType.SMA, 1, registry(true), smaProvisioner), "sma", SMA_KEY);
        MaConnector dma = admitted(ma(NodeType.DMA, 2, dmaRegistry, dmaProvisioner), "dma", DMA_KEY);

        for (MaConnector m : List.of(sma, dma)) {
            assertInstanceOf(Effect.Agreed.class, m.agreement().get(WAIT_S, TimeUnit.SECONDS));
        }
        Maid smaId = Maid.parse("127.0.0.1:7001");
        Maid dmaId = Maid.parse("127.0.0.1:7002");
        sm.answered(smaId).get(WAIT_S, TimeUnit.SECONDS);
        sm.answered(dmaId).get(WAIT_S, TimeUnit.SECONDS);

        String ks = sm.sessionKey().fingerprint();
        assertEquals(ks, sma.ksFingerprint());
        assertEquals(ks, dma.ksFingerprint());
        for (MaConnector m : List.of(sma, dma)) {
            assertEquals(1, of(SecList.class, m.received()).size());
            List<SecAgAns> answers = of(SecAgAns.class, m.sent());
            assertEquals(1, answers.size());
            assertEquals(SecReturnCode.OK, answers.get(0).secReturn().secReturn());
        }
        assertTrue(of(SecAlgReq.class, sma.sent()).isEmpty(), "the SMA runs SEED already");
        assertEquals(EnDecIds.SEED, of(SecAlgReq.class, dma.sent()).get(0).conEnDecDeliver().conEnDecId());
        SecModule module = of(SecModule.class, dma.received()).get(0);
        assertEquals(List.of(SEED.toText()), module.offers());
        assertEquals(List.of(SEED), dmaProvisioner.offers);
        assertEquals(List.of(BASE), dmaProvisioner.bases);
        assertTrue(smaProvisioner.offers.isEmpty());
        assertTrue(dmaRegistry.has(AlgorithmType.EN_DEC, EnDecIds.SEED));

        assertEquals(SessionPhase.OPEN, sm.phase(), () -> sm.failure().orElse(""));
        List<MemberInfo> members = sm.members();
        assertEquals(2, members.size());
        assertEquals(MemberState.CONFIGURED, state(members, smaId));
        assertEquals(MemberState.CONFIGURED, state(members, dmaId));
        assertEquals(2, connector.links().size());
    }

    @Test
    void keyRotationsReachBothServerSideMasOverChannelsAlreadyUnderKs() throws Exception {
        startSm();
        MaConnector sma = admitted(ma(NodeType.SMA, 1, registry(true), null), "sma", SMA_KEY);
        MaConnector dma = admitted(ma(NodeType.DMA, 2, registry(true), null), "dma", DMA_KEY);
        for (MaConnector m : List.of(sma, dma)) {
            assertInstanceOf(Effect.Agreed.class, m.agreement().get(WAIT_S, TimeUnit.SECONDS));
        }
        for (int i = 0; i < 3; i++) {
            // each KEYDELIVER travels pinned under KTLS while the channel itself is under the previous Ks
            String ks = sm.rotateKey("test " + i).fingerprint();
            for (MaConnector m : List.of(sma, dma)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
                while (!ks.equals(m.ksFingerprint()) && System.nanoTime() < deadline) {
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
                assertEquals(ks, m.ksFingerprint(), "rotation " + i);
            }
        }
        assertEquals(4, of(org.rmcp.codec.KeyDeliver.class, dma.received()).size());
        assertTrue(!sma.closed().isDone() && !dma.closed().isDone(), "no channel closed on a failed open");
        assertEquals(2, connector.links().size());
    }

    /** @return the client side of TLS_CERT read from PEM files, as an MA session's configuration gives it */
    private TlsConfig certClient(String name, TestPki.Entity ca, TestPki.Entity trusted) throws Exception {
        TestPki.Entity leaf = TestPki.leaf(name, ca, TestPki.ec());
        Path chain = TestPki.writeCertificates(dir.resolve(name + ".pem"), leaf.cert(), ca.cert());
        Path key = TestPki.writeKey(dir.resolve(name + ".key"), leaf.key());
        Path trust = TestPki.writeCertificates(dir.resolve(name + "-trust.pem"), trusted.cert());
        return TlsConfig.cert().identity(PemFiles.privateKey(key), PemFiles.certificates(chain)
            .toArray(java.security.cert.X509Certificate[]::new)).trust(PemFiles.certificates(trust)
            .toArray(java.security.cert.X509Certificate[]::new)).build();
    }

    @Test
    void tlsCertAdmissionFromPemFilesAgreesAndAStrangeCaIsRefused() throws Exception {
        TestPki.Entity ca = TestPki.ca("rmcp-ca");
        TestPki.Entity smCert = TestPki.leaf("sm", ca, TestPki.ec());
        Path smChain = TestPki.writeCertificates(dir.resolve("sm.pem"), smCert.cert(), ca.cert());
        Path smKey = TestPki.writeKey(dir.resolve("sm.key"), smCert.key());
        Path maCas = TestPki.writeCertificates(dir.resolve("ma-cas.pem"), ca.cert());
        startSm(new TransportSettings("127.0.0.1", 0, TransportSettings.CERT, "", "", smChain.toString(),
            smKey.toString(), maCas.toString()));
        MaConnector sma = admitted(ma(NodeType.SMA, 1, registry(true), null), certClient("sma", ca, ca));
        MaConnector dma = admitted(ma(NodeType.DMA, 2, registry(true), null), certClient("dma", ca, ca));
        for (MaConnector m : List.of(sma, dma)) {
            assertInstanceOf(Effect.Agreed.class, m.agreement().get(WAIT_S, TimeUnit.SECONDS));
            assertEquals(sm.sessionKey().fingerprint(), m.ksFingerprint());
        }

        TestPki.Entity rogue = TestPki.ca("rogue-ca");
        MaConnector stranger = ma(NodeType.DMA, 3, registry(true), null);
        RmcpClient client = RmcpClient.create(certClient("dma3", rogue, ca), TransportOptions.defaults());
        open.add(client);
        CompletableFuture<Subscriber.Outcome> admission = stranger.connect(client, connector.localAddress());
        // TLS 1.3: the refusal of the client certificate may arrive after the client's handshake
        Throwable closedBy = stranger.closed().get(WAIT_S, TimeUnit.SECONDS);
        assertInstanceOf(AdmissionException.class, closedBy, String.valueOf(closedBy));
        assertThrows(ExecutionException.class, () -> admission.get(WAIT_S, TimeUnit.SECONDS),
            "no SUBSANS for a certificate of another CA");
        assertEquals(2, sm.members().size(), "nothing kept of the refused MA");
    }

    @Test
    void anUnknownPskIdentityIsRefusedAndLeavesNoMember() throws Exception {
        startSm();
        MaConnector stranger = ma(NodeType.DMA, 3, registry(true), null);
        RmcpClient client = RmcpClient.create(TlsConfig.psk().pskIdentity("mallory", DMA_KEY).build(),
            TransportOptions.defaults());
        open.add(client);
        ExecutionException e = assertThrows(ExecutionException.class,
            () -> stranger.connect(client, connector.localAddress()).get(WAIT_S, TimeUnit.SECONDS));
        assertInstanceOf(AdmissionException.class, e.getCause());
        assertEquals(AdmissionException.Reason.HANDSHAKE_FAILED, ((AdmissionException) e.getCause()).reason());
        assertTrue(sm.members().isEmpty());
        assertTrue(connector.links().isEmpty());
    }

    @Test
    void aFailedProvisioningAnswersFailedConfigurationAndTheDmaIsEvicted() throws Exception {
        startSm();
        FakeRegistry dmaRegistry = registry(false);
        MaConnector sma = admitted(ma(NodeType.SMA, 1, registry(true), null), "sma", SMA_KEY);
        MaConnector dma = admitted(ma(NodeType.DMA, 2, dmaRegistry,
            new FakeProvisioner(dmaRegistry, true)), "dma", DMA_KEY);

        assertInstanceOf(Effect.Failed.class, dma.agreement().get(WAIT_S, TimeUnit.SECONDS));
        List<SecAgAns> answers = of(SecAgAns.class, dma.sent());
        assertEquals(1, answers.size());
        assertEquals(0x04, answers.get(0).secReturn().secReturn().code());
        dma.closed().get(WAIT_S, TimeUnit.SECONDS);
        Maid dmaId = Maid.parse("127.0.0.1:7002");
        sm.answered(dmaId).get(WAIT_S, TimeUnit.SECONDS);
        assertEquals(MemberState.EVICTED, state(sm.members(), dmaId));
        assertInstanceOf(Effect.Agreed.class, sma.agreement().get(WAIT_S, TimeUnit.SECONDS));
        assertEquals(1, connector.links().size());
    }
}

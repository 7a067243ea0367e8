package org.rmcp.ma.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.api.alg.GkNames;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecAlgReq;
import org.rmcp.codec.SecList;
import org.rmcp.codec.SecModule;
import org.rmcp.codec.SmaPropose;
import org.rmcp.codec.SubsAns;
import org.rmcp.ma.internal.state.Fixtures.FakeRegistry;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;
import org.rmcp.sm.api.Link;
import org.rmcp.sm.api.MemberInfo;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.SessionPhase;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.SessionManagerSession;
import org.rmcp.sm.internal.SessionSettings;
import org.rmcp.sm.internal.state.AgreementTracker;
import org.rmcp.sm.internal.state.PolicyLimits;
import org.rmcp.sm.internal.state.ServiceUserRegistry;

/**
 * One conversation between the real SM state logic ({@link SessionManagerSession}) and two MAs
 * (an SMA proposing SEED, a DMA lacking it), every message through the real codec (encode,
 * bytes, decode): subscription, Ks delivery, SECAGREQ, SECLIST, SECALGREQ, SECMODULE,
 * provisioning, SECAGANS OK, session OPEN (X.603.1 Amd.1 10.1.1-10.1.4). The SM's Provision
 * effect is turned into SECMODULE here, as the SM transport does.
 */
class SmConversationTest {
    private static final long SID = 0x0123456789ABCDEFL;
    private static final Duration AGREE = Duration.ofSeconds(5);
    private static final URI BASE = URI.create("https://127.0.0.1:7443/");

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** One MA: its state objects, registry and link. */
    private final class Ma {
        final MaConfig config;
        final Link link;
        final FakeRegistry registry;
        final Subscriber subscriber;
        final SessionKeyHolder keys;
        final PolicyAgreement agreement;
        final List<Effect> outcomes = new ArrayList<>();

        Ma(NodeType role, int n, SmaPropose proposal, FakeRegistry registry) {
            this.config = new MaConfig(role, SID, Maid.parse("10.0.0." + n + ":7000"), null, proposal, Map.of(),
                Map.of(), Map.of(), Duration.ofSeconds(30));
            this.link = new Link("link-" + n, "fp" + n);
            this.registry = registry;
            this.subscriber = new Subscriber(config);
            this.keys = new SessionKeyHolder(config);
            this.agreement = new PolicyAgreement(config, subscriber, registry);
        }

        void handle(RmcpMessage m, org.rmcp.sm.api.Protection p) {
            if (m instanceof SubsAns && subscriber.onAnswer((SubsAns) m).status() == Subscriber.Status.ADMITTED) {
                run(agreement.start());
            } else if (m instanceof KeyDeliver) {
                assertEquals(SessionKeyHolder.Status.ACCEPTED,
                    keys.onKeyDeliver((KeyDeliver) m, Protection.valueOf(p.name())).status());
            } else if (m instanceof SecList) {
                run(agreement.onSecList((SecList) m, clock.instant()));
            } else if (m instanceof SecModule) {
                run(agreement.onSecModule((SecModule) m, clock.instant()));
            }
        }

        void run(List<Effect> effects) {
            for (Effect e : effects) {
                if (e instanceof Effect.Send) {
                    toSm.add(new Object[] {this, wire(((Effect.Send) e).message())});
                } else if (e instanceof Effect.Provision) {
                    // the provisioner: the module installs and its service registers
                    Offer o = ((Effect.Provision) e).offer();
                    assertEquals(BASE, ((Effect.Provision) e).base());
                    registry.add(o.type(), o.code());
                    run(agreement.onProvisioned(ProvisioningResult.success(o, 99, "rmcp-repo:" + o.path()),
                        clock.instant()));
                } else {
                    outcomes.add(e);
                }
            }
        }
    }

    private final HandClock clock = new HandClock();
    private final Deque<Object[]> toSm = new ArrayDeque<>();
    private final List<RmcpMessage> smSaw = new ArrayList<>();
    private final List<Ma> mas = new ArrayList<>();
    private SessionManagerSession sm;

    private static RmcpMessage wire(RmcpMessage m) {
        return RmcpCodec.DEFAULT.decode(RmcpCodec.DEFAULT.encodeToBytes(m));
    }

    private void fromSm(List<org.rmcp.sm.api.Effect> effects) {
        for (org.rmcp.sm.api.Effect e : effects) {
            if (e instanceof org.rmcp.sm.api.Effect.Send) {
                org.rmcp.sm.api.Effect.Send s = (org.rmcp.sm.api.Effect.Send) e;
                ma(s.to()).handle(wire(s.message()), s.protection());
            } else if (e instanceof org.rmcp.sm.api.Effect.Provision) {
                org.rmcp.sm.api.Effect.Provision p = (org.rmcp.sm.api.Effect.Provision) e;
                Offer offer = new Offer("org.rmcp.cipher.seed", "1.0.0", p.type(), p.code(), "cd".repeat(32),
                    "bundles/org.rmcp.cipher.seed-1.0.0.jar", 4096);
                SecModule m = new SecModule(NodeType.SM, SID, p.to(), BASE.toString(), List.of(offer.toText()));
                ma(p.to()).handle(wire(m), org.rmcp.sm.api.Protection.KTLS);
            }
        }
    }

    private Ma ma(Maid maid) {
        return mas.stream().filter(m -> m.config.maid().equals(maid)).findFirst().orElseThrow();
    }

    private void pump() {
        while (!toSm.isEmpty()) {
            Object[] next = toSm.poll();
            RmcpMessage m = (RmcpMessage) next[1];
            smSaw.add(m);
            sm.receive(((Ma) next[0]).link, m);
        }
    }

    @Test
    void smaAndDmaAgreeOnSeedAfterTheDmaIsProvisioned() {
        Map<AlgorithmType, List<Integer>> allowed = new EnumMap<>(AlgorithmType.class);
        allowed.put(AlgorithmType.EN_DEC, List.of(EnDecIds.SEED, EnDecIds.AES_128_CBC));
        allowed.put(AlgorithmType.AUTH, List.of(AuthIds.HMAC_SHA1));
        allowed.put(AlgorithmType.GK, List.of(GkNames.KDC));
        PolicyLimits limits = new PolicyLimits(GpAttribute.OPEN, List.of(GkMecha.values()), allowed,
            Map.of(AlgorithmType.EN_DEC, Set.of(EnDecIds.SEED)));
        SessionSettings settings = new SessionSettings("conversation", SID, limits, AGREE, Duration.ofHours(1), 16,
            new AgreementTracker.Timing(Duration.ofSeconds(5), Duration.ofSeconds(60), 3),
            new TransportSettings("127.0.0.1", 7300, "psk", "rmcp-sm", "", "", "", ""));
        byte[] counter = {0};
        sm = new SessionManagerSession(settings, clock, b -> java.util.Arrays.fill(b, ++counter[0]),
            ServiceUserRegistry.create(b -> java.util.Arrays.fill(b, (byte) 7)), r -> { }, this::fromSm);
        Ma sma = new Ma(NodeType.SMA, 1, new SmaPropose(GpAttribute.OPEN, GkMecha.BACKWARD_FORWARD, EnDecIds.SEED),
            Fixtures.full());
        Ma dma = new Ma(NodeType.DMA, 2, null, Fixtures.full().remove(AlgorithmType.EN_DEC, EnDecIds.SEED));
        mas.add(sma);
        mas.add(dma);

        for (Ma m : mas) {
            toSm.add(new Object[] {m, wire(m.subscriber.request())});
            pump();
        }
        clock.now = clock.now.plus(AGREE);
        sm.tick();
        pump();

        assertEquals(SessionPhase.OPEN, sm.phase(), () -> sm.failure().orElse("") + " " + smSaw);
        for (MemberInfo m : sm.members()) {
            assertEquals(MemberState.CONFIGURED, m.state(), m::toString);
        }
        for (Ma m : mas) {
            assertEquals(PolicyAgreement.State.AGREED, m.agreement.state(), m.outcomes::toString);
            assertInstanceOf(Effect.Agreed.class, m.outcomes.get(m.outcomes.size() - 1));
            assertEquals(EnDecIds.SEED, m.agreement.policy().orElseThrow().conEnDecAlg().conEnDecId());
            assertArrayEquals(sm.sessionKey().key(), m.keys.key());
        }
        SecAlgReq asked = smSaw.stream().filter(SecAlgReq.class::isInstance).map(SecAlgReq.class::cast)
            .findFirst().orElseThrow();
        assertEquals(dma.config.maid(), asked.maid());
        assertEquals(EnDecIds.SEED, asked.conEnDecDeliver().conEnDecId());
        assertTrue(dma.registry.has(AlgorithmType.EN_DEC, EnDecIds.SEED));
        assertEquals(1, smSaw.stream().filter(SecAlgReq.class::isInstance).count(), "only the DMA lacked a module");
    }
}

package org.rmcp.sm.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.SecModule;
import org.rmcp.provisioning.BundleRepository;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.RepositoryBundle;
import org.rmcp.provisioning.RepositoryEndpoint;
import org.rmcp.provisioning.ServerTls;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.Link;

class ModuleOffersTest {
    private static final long SID = 0x42L;
    private static final Maid DMA = Maid.parse("10.0.0.2:7000");
    private static final Link LINK = new Link("tls-1", "abcd0123");
    private static final URI BASE = URI.create("https://127.0.0.1:7443/");
    private static final Offer SEED = new Offer("org.rmcp.cipher.seed", "1.0.0", AlgorithmType.EN_DEC, EnDecIds.SEED,
        "cd".repeat(32), "bundles/org.rmcp.cipher.seed-1.0.0.jar", 4096);

    /** Holds SEED only. */
    private static final BundleRepository REPO = new BundleRepository() {
        @Override
        public List<RepositoryBundle> list() {
            return List.of();
        }

        @Override
        public Optional<Offer> find(AlgorithmType type, int code) {
            return type == SEED.type() && code == SEED.code() ? Optional.of(SEED) : Optional.empty();
        }

        @Override
        public RepositoryBundle add(Path jar) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RepositoryEndpoint serve(InetSocketAddress bind, ServerTls tls) {
            throw new UnsupportedOperationException();
        }
    };

    private static Effect.Provision wanted(AlgorithmType type, int code) {
        return new Effect.Provision(DMA, LINK, type, code);
    }

    @Test
    void answersWithTheRepositoryOfferAndBase() {
        SecModule m = new ModuleOffers(() -> Optional.of(REPO), () -> Optional.of(BASE))
            .answer(SID, List.of(wanted(AlgorithmType.EN_DEC, EnDecIds.SEED))).orElseThrow();
        assertEquals(NodeType.SM, m.nodeType());
        assertEquals(SID, m.sessionId());
        assertEquals(DMA, m.maid());
        assertEquals(BASE.toString(), m.repository());
        assertEquals(List.of(SEED.toText()), m.offers());
    }

    @Test
    void leavesOutWhatTheRepositoryLacks() {
        SecModule m = new ModuleOffers(() -> Optional.of(REPO), () -> Optional.of(BASE)).answer(SID,
            List.of(wanted(AlgorithmType.AUTH, AuthIds.HMAC_SHA1), wanted(AlgorithmType.EN_DEC, EnDecIds.SEED)))
            .orElseThrow();
        assertEquals(List.of(SEED.toText()), m.offers());
        assertTrue(new ModuleOffers(() -> Optional.of(REPO), () -> Optional.of(BASE))
            .answer(SID, List.of(wanted(AlgorithmType.AUTH, AuthIds.HMAC_SHA1))).isEmpty());
    }

    @Test
    void answersNothingWithoutRepositoryOrEndpoint() {
        List<Effect.Provision> seed = List.of(wanted(AlgorithmType.EN_DEC, EnDecIds.SEED));
        assertTrue(ModuleOffers.none().answer(SID, seed).isEmpty());
        assertTrue(new ModuleOffers(() -> Optional.of(REPO), Optional::empty).answer(SID, seed).isEmpty());
        assertTrue(new ModuleOffers(Optional::empty, () -> Optional.of(BASE)).answer(SID, seed).isEmpty());
    }
}

package org.rmcp.sm.internal.transport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.SecModule;
import org.rmcp.provisioning.BundleRepository;
import org.rmcp.provisioning.Offer;
import org.rmcp.sm.api.Effect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the SM's Provision effects for one member into SECMODULE (docs/spec-notes.md 2.7, our
 * answer to SECALGREQ, X.603.1 Amd.1 11.2.7): one offer per module from
 * {@link BundleRepository#find}, with the repository endpoint's base URI. With no repository, or
 * nothing found, it answers nothing and logs: the MA then times out to SECAGANS 0x04 (Table 24).
 */
public final class ModuleOffers {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleOffers.class);
    private final Supplier<Optional<BundleRepository>> repository;
    private final Supplier<Optional<URI>> base;

    /**
     * @param repository the SM repository, when one is available now
     * @param base the base URI of its running HTTPS endpoint, when one is serving now
     */
    public ModuleOffers(Supplier<Optional<BundleRepository>> repository, Supplier<Optional<URI>> base) {
        this.repository = repository;
        this.base = base;
    }

    /** @return offers from nowhere: every SECALGREQ goes unanswered */
    public static ModuleOffers none() {
        return new ModuleOffers(Optional::empty, Optional::empty);
    }

    /**
     * @param sessionId the Session ID
     * @param wanted Provision effects of one member (same MAID), at most {@link SecModule#MAX_OFFERS}
     * @return the SECMODULE to send, or empty (logged) when nothing can be offered
     */
    public Optional<SecModule> answer(long sessionId, List<Effect.Provision> wanted) {
        Effect.Provision first = wanted.get(0);
        Optional<BundleRepository> repo = repository.get();
        Optional<URI> uri = base.get();
        if (repo.isEmpty() || uri.isEmpty()) {
            LOG.warn("No SM repository {}: SECALGREQ of {} goes unanswered", repo.isEmpty() ? "installed" : "serving",
                first.to());
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (Effect.Provision p : wanted) {
            Optional<Offer> offer = repo.get().find(p.type(), p.code());
            if (offer.isPresent()) {
                lines.add(offer.get().toText());
            } else {
                LOG.warn("The SM repository holds no {} 0x{} for {}", p.type(), Integer.toHexString(p.code()), p.to());
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SecModule(NodeType.SM, sessionId, first.to(), uri.get().toString(), lines));
    }
}

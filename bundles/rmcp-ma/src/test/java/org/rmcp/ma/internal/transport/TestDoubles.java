package org.rmcp.ma.internal.transport;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.BundleProvisioner;
import org.rmcp.provisioning.BundleRepository;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;
import org.rmcp.provisioning.RepositoryBundle;
import org.rmcp.provisioning.RepositoryEndpoint;
import org.rmcp.provisioning.ServerTls;
import org.rmcp.provisioning.TrustConfig;
import org.rmcp.spi.SecurityAlgorithm;

/** Stand-ins for the OSGi services around the connectors: registry, provisioner, repository. */
final class TestDoubles {
    private TestDoubles() {
    }

    /** An AlgorithmRegistry over a code set; "installing" a module adds its code. Thread-safe. */
    static final class FakeRegistry implements AlgorithmRegistry {
        private final Map<AlgorithmType, Set<Integer>> codes = new EnumMap<>(AlgorithmType.class);

        synchronized FakeRegistry add(AlgorithmType type, int code) {
            codes.computeIfAbsent(type, t -> new TreeSet<>()).add(code);
            return this;
        }

        @Override
        public synchronized Set<Integer> codes(AlgorithmType type) {
            return new TreeSet<>(codes.getOrDefault(type, Set.of()));
        }

        @Override
        public synchronized boolean has(AlgorithmType type, int code) {
            return codes.getOrDefault(type, Set.of()).contains(code);
        }

        @Override
        public Optional<SecurityAlgorithm> find(AlgorithmType type, int code) {
            return Optional.empty();
        }

        @Override
        public List<AlgorithmInfo> list() {
            return new ArrayList<>();
        }
    }

    /** A BundleProvisioner that "installs" an offer by adding its code to the registry, or fails. */
    static final class FakeProvisioner implements BundleProvisioner {
        final List<Offer> offers = new CopyOnWriteArrayList<>();
        final List<URI> bases = new CopyOnWriteArrayList<>();
        private final FakeRegistry registry;
        private final boolean fail;

        FakeProvisioner(FakeRegistry registry, boolean fail) {
            this.registry = registry;
            this.fail = fail;
        }

        @Override
        public CompletionStage<ProvisioningResult> provision(Offer offer, URI base, TrustConfig trust) {
            offers.add(offer);
            bases.add(base);
            if (fail) {
                return CompletableFuture.completedFuture(ProvisioningResult.failed(offer, "signature check failed"));
            }
            registry.add(offer.type(), offer.code());
            return CompletableFuture.completedFuture(ProvisioningResult.success(offer, 42, "rmcp-repo:" + offer.path()));
        }
    }

    /** A BundleRepository holding one offer; it serves nothing (the provisioner double downloads nothing). */
    static final class OneOfferRepository implements BundleRepository {
        private final Offer offer;

        OneOfferRepository(Offer offer) {
            this.offer = offer;
        }

        @Override
        public List<RepositoryBundle> list() {
            return List.of();
        }

        @Override
        public Optional<Offer> find(AlgorithmType type, int code) {
            return type == offer.type() && code == offer.code() ? Optional.of(offer) : Optional.empty();
        }

        @Override
        public RepositoryBundle add(Path jar) {
            throw new UnsupportedOperationException("read-only test repository");
        }

        @Override
        public RepositoryEndpoint serve(InetSocketAddress bind, ServerTls tls) {
            throw new UnsupportedOperationException("the test repository serves nothing");
        }
    }
}

package org.rmcp.provisioning.internal.provisioner;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.rmcp.provisioning.BundleProvisioner;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;
import org.rmcp.provisioning.TrustConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link BundleProvisioner} (MA side of SECALGREQ, X.603.1 Amd.1 11.2.7). Its
 * configuration merges two PIDs, so it carries no {@code @Designate} (bnd allows one PID there).
 */
@Component(configurationPid = {BundleProvisioner.PID, BundleProvisioner.TRUST_PID})
public final class BundleProvisionerComponent implements BundleProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(BundleProvisionerComponent.class);
    private static final long MAX_SIZE_CAP = 256L << 20;

    private final EventLoopGroup group;
    private final ExecutorService executor;
    private final DefaultBundleProvisioner delegate;

    @Activate
    public BundleProvisionerComponent(BundleContext context, ProvisionerConfig config) {
        Path signers = signers(context, config.signers());
        SignerTrust trust = loadTrust(signers);
        Duration timeout = Duration.ofSeconds(Math.max(1, Math.min(600, config.timeout())));
        long maxSize = Math.max(1, Math.min(MAX_SIZE_CAP, config.maxSize()));
        this.group = new NioEventLoopGroup(1, new DefaultThreadFactory("rmcp-provisioning-io", true));
        this.executor = Executors.newSingleThreadExecutor(new DefaultThreadFactory("rmcp-provisioning", true));
        this.delegate = new DefaultBundleProvisioner(context, trust, group, executor,
            context.getDataFile("verify").toPath(), timeout, maxSize);
    }

    static Path signers(BundleContext context, String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String etc = context.getProperty("karaf.etc");
        return Path.of(etc == null ? "etc" : etc, "rmcp-signers.pem");
    }

    private static SignerTrust loadTrust(Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warn("No trusted signer certificates at {}: every provisioning will be refused", file);
            return new SignerTrust(List.of());
        }
        try {
            SignerTrust t = SignerTrust.load(file);
            LOG.info("Trusting {} bundle signer certificate(s) from {}", t.size(), file);
            return t;
        } catch (IOException e) {
            LOG.error("{}: every provisioning will be refused", e.getMessage());
            return new SignerTrust(List.of());
        }
    }

    @Deactivate
    void deactivate() {
        // queued offers still run and fail fast on the closed group and context, so every stage completes
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        executor.shutdown();
    }

    @Override
    public CompletionStage<ProvisioningResult> provision(Offer offer, URI base, TrustConfig trust) {
        return delegate.provision(offer, base, trust);
    }
}

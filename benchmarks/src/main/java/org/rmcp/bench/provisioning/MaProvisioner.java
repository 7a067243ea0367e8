package org.rmcp.bench.provisioning;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;
import org.rmcp.provisioning.TrustConfig;
import org.rmcp.provisioning.internal.provisioner.DefaultBundleProvisioner;
import org.rmcp.provisioning.internal.provisioner.SignerTrust;

/**
 * The MA's provisioner (X.603.1 Amd.1 11.2.7, our delivery: bundles/rmcp-provisioning/README.md)
 * built as {@code BundleProvisionerComponent} builds it under DS: one I/O thread, one
 * single-threaded executor, the signer certificates of a PEM file, the production defaults of
 * PID {@code org.rmcp.provisioning.provisioner} (timeout 20 s, maxSize 16 MiB).
 */
final class MaProvisioner implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final long MAX_SIZE = 16L << 20;

    private final EventLoopGroup group;
    private final ExecutorService executor;
    private final DefaultBundleProvisioner provisioner;

    private MaProvisioner(EventLoopGroup group, ExecutorService executor, DefaultBundleProvisioner provisioner) {
        this.group = group;
        this.executor = executor;
        this.provisioner = provisioner;
    }

    /**
     * @param signers PEM of the trusted bundle signers (PID {@code org.rmcp.provisioning.trust})
     * @param verifyDir private directory for jars under verification
     */
    static MaProvisioner start(BundleContext context, Path signers, Path verifyDir) throws IOException {
        SignerTrust trust = SignerTrust.load(signers);
        if (trust.size() == 0) {
            throw new IOException("No certificate in " + signers + ": every provisioning would be refused");
        }
        EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("rmcp-provisioning-io", true));
        ExecutorService executor = Executors.newSingleThreadExecutor(
            new DefaultThreadFactory("rmcp-provisioning", true));
        return new MaProvisioner(group, executor,
            new DefaultBundleProvisioner(context, trust, group, executor, verifyDir, TIMEOUT, MAX_SIZE));
    }

    /** Provisions {@code offer} and waits for the result (it completes after the service is up or the rollback). */
    ProvisioningResult provision(Offer offer, URI base, TrustConfig trust) throws Exception {
        return provisioner.provision(offer, base, trust).toCompletableFuture()
            .get(3 * TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        executor.shutdown();
        if (!executor.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("Provisioning executor did not stop");
        }
    }
}

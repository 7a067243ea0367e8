package org.rmcp.provisioning.internal.provisioner;

import io.netty.channel.EventLoopGroup;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.rmcp.provisioning.BundleProvisioner;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;
import org.rmcp.provisioning.TrustConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MA's handling of an SM offer for SECALGREQ (X.603.1 Amd.1 11.2.7): download, size and
 * SHA-256 check, signature check, install, start, service wait; one offer at a time, so two
 * offers of one bundle (e.g. a cipher for CON_EN_DEC and GK_EN_DEC) install it once.
 */
public final class DefaultBundleProvisioner implements BundleProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultBundleProvisioner.class);
    /** Location scheme of provisioned bundles; not a URL handler, so {@code bundle:update} cannot bypass the checks. */
    public static final String LOCATION_SCHEME = "rmcp-repo:";

    private final JarVerifier verifier;
    private final BundleDownloader downloader;
    private final BundleInstaller installer;
    private final Dependencies dependencies;
    private final Executor executor;
    private final Path workDir;
    private final long maxSize;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    /**
     * @param executor runs verification, install and rollback; must be single-threaded
     * @param workDir private directory for jars under verification
     */
    public DefaultBundleProvisioner(BundleContext context, SignerTrust trust, EventLoopGroup group, Executor executor,
            Path workDir, Duration timeout, long maxSize) {
        this.verifier = new JarVerifier(trust);
        this.downloader = new BundleDownloader(group, timeout);
        this.installer = new BundleInstaller(context, timeout, executor);
        this.dependencies = new Dependencies(context, downloader, verifier, workDir, timeout, maxSize);
        this.executor = executor;
        this.workDir = workDir;
        this.maxSize = maxSize;
    }

    /** @return the location a provisioned bundle is installed under; {@code rmcp:alg-list} shows it as origin */
    public static String location(URI jarUrl, Offer offer) {
        return LOCATION_SCHEME + jarUrl + "#sha256=" + offer.sha256();
    }

    @Override
    public synchronized CompletionStage<ProvisioningResult> provision(Offer offer, URI base, TrustConfig trust) {
        CompletableFuture<ProvisioningResult> next = tail.handle((x, e) -> null)
            .thenComposeAsync(x -> run(offer, base, trust), executor)
            .exceptionally(e -> failed(offer, String.valueOf(base), e));
        tail = next;
        return next.copy();
    }

    private CompletableFuture<ProvisioningResult> run(Offer offer, URI base, TrustConfig trust) {
        URI url;
        try {
            url = jarUrl(base, offer);
            if (offer.size() > maxSize) {
                throw new ProvisioningException("Offered size " + offer.size() + " exceeds maxSize " + maxSize);
            }
        } catch (ProvisioningException | RuntimeException e) {
            return CompletableFuture.completedFuture(failed(offer, String.valueOf(base), e));
        }
        String location = location(url, offer);
        return downloader.download(url, (int) offer.size(), trust)
            .thenApplyAsync(bytes -> verify(bytes, offer), executor)
            .thenCompose(bytes -> installer.install(offer, location, bytes, module -> dependencies.install(module, base, trust)))
            .handle((Bundle bundle, Throwable error) -> {
                if (error != null) {
                    return failed(offer, url.toString(), error);
                }
                LOG.info("Provisioned {} {} ({} {}) from {} as bundle {}", offer.bsn(), offer.version(), offer.type(),
                    offer.code(), url, bundle.getBundleId());
                return ProvisioningResult.success(offer, bundle.getBundleId(), location);
            });
    }

    static URI jarUrl(URI base, Offer offer) throws ProvisioningException {
        if (base == null || !base.isAbsolute() || !"https".equalsIgnoreCase(base.getScheme()) || base.getHost() == null
                || base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new ProvisioningException("Repository base is not an https URL: " + base);
        }
        String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        return base.resolve(path.endsWith("/") ? path + offer.path() : path + "/" + offer.path());
    }

    private byte[] verify(byte[] jar, Offer offer) {
        try {
            verifier.verify(jar, offer.sha256(), workDir, "the jar");
            return jar;
        } catch (ProvisioningException e) {
            throw new CompletionException(e);
        }
    }

    private static ProvisioningResult failed(Offer offer, String from, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String reason = cause instanceof ProvisioningException ? cause.getMessage() : cause.toString();
        LOG.warn("Provisioning {} {} ({} {}) from {} failed: {}", offer.bsn(), offer.version(), offer.type(),
            offer.code(), from, reason);
        return ProvisioningResult.failed(offer, reason);
    }
}

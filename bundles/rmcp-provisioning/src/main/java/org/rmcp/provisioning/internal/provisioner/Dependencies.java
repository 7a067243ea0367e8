package org.rmcp.provisioning.internal.provisioner;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.rmcp.provisioning.TrustConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves an offered module's dependencies against the SM repository (our choice of module
 * delivery for SECALGREQ, X.603.1 Amd.1 11.2.7; bundles/rmcp-provisioning/README.md): for every
 * mandatory package the installed module imports and no installed bundle exports, the provider
 * with the highest matching version in the repository's R5 index is downloaded over the same
 * TLS, checked like the module (size, SHA-256, every entry signed by a trusted signer) and
 * installed, transitively, at most {@value #MAX_BUNDLES} bundles. On failure every dependency
 * installed here is removed before the exception is thrown. Runs on the provisioning executor
 * and waits for each download there: offers are handled one at a time anyway.
 */
final class Dependencies {
    static final int MAX_BUNDLES = 16;
    static final int MAX_INDEX_BYTES = 4 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(Dependencies.class);

    private final BundleContext context;
    private final BundleDownloader downloader;
    private final JarVerifier verifier;
    private final Path workDir;
    private final Duration timeout;
    private final long maxSize;

    Dependencies(BundleContext context, BundleDownloader downloader, JarVerifier verifier, Path workDir,
                 Duration timeout, long maxSize) {
        this.context = context;
        this.downloader = downloader;
        this.verifier = verifier;
        this.workDir = workDir;
        this.timeout = timeout;
        this.maxSize = maxSize;
    }

    /**
     * @param module the installed, unresolved module
     * @return the dependency bundles installed (not started), possibly none
     * @throws ProvisioningException naming the package no repository bundle provides, or why a provider was refused
     */
    List<Bundle> install(Bundle module, URI base, TrustConfig trust) throws ProvisioningException {
        if (missing(module).isEmpty()) {
            return List.of();
        }
        RepositoryIndex index = RepositoryIndex.parse(get(downloader.downloadUpTo(base.resolve("index.xml"),
            MAX_INDEX_BYTES, trust), "index.xml"));
        List<Bundle> installed = new ArrayList<>();
        Deque<Bundle> work = new ArrayDeque<>(List.of(module));
        try {
            while (!work.isEmpty()) {
                for (BundleRequirement req : missing(work.pop())) {
                    if (!missing(req)) {
                        continue; // a dependency installed meanwhile provides it
                    }
                    RepositoryIndex.Resource r = provider(index, req).orElseThrow(() -> new ProvisioningException(
                        "Requirement " + req.getDirectives().get(Constants.FILTER_DIRECTIVE) + " of "
                            + req.getRevision().getSymbolicName() + " is provided by no installed bundle and by no "
                            + "bundle of the SM repository"));
                    if (installed.size() >= MAX_BUNDLES) {
                        throw new ProvisioningException("More than " + MAX_BUNDLES + " dependencies");
                    }
                    Bundle b = fetch(r, base, trust);
                    installed.add(b);
                    work.push(b);
                }
            }
            return installed;
        } catch (ProvisioningException | RuntimeException e) {
            for (int i = installed.size() - 1; i >= 0; i--) {
                Rollback.remove(context, installed.get(i));
            }
            throw e;
        }
    }

    private Bundle fetch(RepositoryIndex.Resource r, URI base, TrustConfig trust) throws ProvisioningException {
        if (r.size() > maxSize) {
            throw new ProvisioningException("Dependency " + r.bsn() + " of " + r.size() + " bytes exceeds maxSize " + maxSize);
        }
        URI url = base.resolve(r.url());
        if (!url.toString().startsWith(base.toString())) {
            throw new ProvisioningException("Dependency URL outside the repository: " + r.url());
        }
        byte[] jar = get(downloader.download(url, (int) r.size(), trust), r.bsn());
        verifier.verify(jar, r.sha256(), workDir, "dependency " + r.bsn());
        String location = DefaultBundleProvisioner.LOCATION_SCHEME + url + "#sha256=" + r.sha256();
        try {
            Bundle b = context.installBundle(location, new ByteArrayInputStream(jar));
            LOG.info("Installed dependency {} {} from {}", r.bsn(), r.version(), url);
            return b;
        } catch (BundleException | RuntimeException e) {
            throw new ProvisioningException("Dependency " + r.bsn() + " refused: " + e.getMessage(), e);
        }
    }

    private byte[] get(java.util.concurrent.CompletableFuture<byte[]> download, String what)
            throws ProvisioningException {
        try {
            return download.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof ProvisioningException p ? p : new ProvisioningException("Fetching " + what + ": " + c, c);
        } catch (TimeoutException e) {
            download.cancel(true);
            throw new ProvisioningException("Fetching " + what + " timed out after " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvisioningException("Interrupted while fetching " + what);
        }
    }

    /** @return mandatory package requirements of {@code b} that no installed bundle can satisfy */
    private List<BundleRequirement> missing(Bundle b) {
        BundleRevision rev = b.adapt(BundleRevision.class);
        if (rev == null) {
            return List.of();
        }
        List<BundleRequirement> out = new ArrayList<>();
        for (BundleRequirement req : rev.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (!PackageNamespace.RESOLUTION_OPTIONAL.equals(req.getDirectives().get(
                    PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE)) && missing(req)) {
                out.add(req);
            }
        }
        return out;
    }

    private boolean missing(BundleRequirement req) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        return wiring.findProviders(req).isEmpty();
    }

    /** @return the repository resource exporting a package that matches {@code req}, highest version first */
    static Optional<RepositoryIndex.Resource> provider(RepositoryIndex index, BundleRequirement req) {
        String filter = req.getDirectives().get(Constants.FILTER_DIRECTIVE);
        if (filter == null) {
            return Optional.empty();
        }
        Filter f;
        try {
            f = FrameworkUtil.createFilter(filter);
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        return index.resources().stream()
            .filter(r -> r.packages().stream().anyMatch(f::matches))
            .max(Comparator.comparing(RepositoryIndex.Resource::version));
    }
}

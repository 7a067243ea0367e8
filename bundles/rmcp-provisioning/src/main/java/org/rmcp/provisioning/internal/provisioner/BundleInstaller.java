package org.rmcp.provisioning.internal.provisioner;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.rmcp.provisioning.Offer;

/**
 * Installs a verified module, resolves and starts it, and waits for its algorithm service
 * (X.603.1 Amd.1 11.2.7: the MA then answers SECAGANS). On any failure the bundle is stopped
 * and uninstalled, synchronously, before the returned stage completes.
 */
final class BundleInstaller {
    private final BundleContext context;
    private final Duration timeout;
    private final Executor executor;

    /**
     * @param context where to install
     * @param timeout how long the service may take to appear after start
     * @param executor runs the rollback after a timeout; single-threaded in production
     */
    BundleInstaller(BundleContext context, Duration timeout, Executor executor) {
        this.context = context;
        this.timeout = timeout;
        this.executor = executor;
    }

    /** Installs what a module needs from the SM repository; see {@link Dependencies}. */
    @FunctionalInterface
    interface DependencySource {
        /** @return the dependencies installed for {@code module}; on failure none is left installed */
        List<Bundle> install(Bundle module) throws ProvisioningException;
    }

    /**
     * @param deps fetches the module's missing dependencies, or null to resolve against the installed bundles only
     * @return completes with the active bundle once its service is up, or fails with a
     *     {@link ProvisioningException} after the bundle (and any dependency installed for it) was removed
     */
    CompletableFuture<Bundle> install(Offer offer, String location, byte[] jar, DependencySource deps) {
        Bundle existing = context.getBundle(location);
        if (existing != null) {
            return awaitExisting(offer, existing);
        }
        Bundle bundle;
        try {
            bundle = context.installBundle(location, new ByteArrayInputStream(jar));
        } catch (BundleException | RuntimeException e) {
            return CompletableFuture.failedFuture(new ProvisioningException("Install refused: " + e.getMessage(), e));
        }
        ServiceWait wait;
        try {
            wait = ServiceWait.open(context, offer, bundle.getBundleId());
        } catch (InvalidSyntaxException | RuntimeException e) {
            Rollback.remove(context, bundle);
            return CompletableFuture.failedFuture(new ProvisioningException("Cannot watch for the service: " + e, e));
        }
        List<Bundle> extra = new ArrayList<>();
        try {
            start(bundle, deps, extra);
        } catch (ProvisioningException e) {
            wait.close();
            Rollback.remove(context, bundle);
            removeAll(extra);
            return CompletableFuture.failedFuture(e);
        }
        return await(wait, bundle, true).whenCompleteAsync((b, error) -> {
            if (error != null) {
                removeAll(extra);
            }
        }, executor);
    }

    private void removeAll(List<Bundle> bundles) {
        for (int i = bundles.size() - 1; i >= 0; i--) {
            Rollback.remove(context, bundles.get(i));
        }
    }

    /**
     * The same location names the same verified content (it carries the SHA-256): a second offer
     * for a bundle already provisioned, e.g. one cipher for CON_EN_DEC and GK_EN_DEC, only waits
     * for its service. The bundle is not ours to remove.
     */
    private CompletableFuture<Bundle> awaitExisting(Offer offer, Bundle bundle) {
        ServiceWait wait = null;
        try {
            wait = ServiceWait.open(context, offer, bundle.getBundleId());
            if (bundle.getState() != Bundle.ACTIVE) {
                start(bundle, null, new ArrayList<>());
            }
        } catch (InvalidSyntaxException | ProvisioningException | RuntimeException e) {
            if (wait != null) {
                wait.close();
            }
            return CompletableFuture.failedFuture(new ProvisioningException("Installed bundle " + bundle.getLocation()
                + " cannot be used: " + e.getMessage(), e));
        }
        return await(wait, bundle, false);
    }

    private CompletableFuture<Bundle> await(ServiceWait wait, Bundle bundle, boolean owned) {
        return wait.found().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handleAsync((ref, error) -> {
            wait.close();
            if (error == null) {
                return bundle;
            }
            if (owned) {
                Rollback.remove(context, bundle);
            }
            String why = error instanceof TimeoutException
                ? "No service " + wait.filter() + " within " + timeout.toMillis() + " ms of start"
                : "Waiting for the service failed: " + error;
            throw new CompletionException(new ProvisioningException(why, error));
        }, executor);
    }

    /**
     * Resolves first, fetching missing dependencies from the repository when that fails (added to
     * {@code extra}), so a missing dependency is reported as such, then starts persistently.
     */
    private void start(Bundle bundle, DependencySource deps, List<Bundle> extra) throws ProvisioningException {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        boolean resolved = wiring.resolveBundles(List.of(bundle));
        if (!resolved && deps != null) {
            extra.addAll(deps.install(bundle));
            List<Bundle> all = new ArrayList<>(extra);
            all.add(bundle);
            resolved = wiring.resolveBundles(all);
        }
        try {
            bundle.start();
        } catch (BundleException | RuntimeException e) {
            throw new ProvisioningException((resolved ? "Start failed: " : "Does not resolve: ") + e.getMessage(), e);
        }
        if (!resolved) {
            throw new ProvisioningException("Does not resolve against the installed bundles");
        }
    }
}

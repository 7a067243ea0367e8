package org.rmcp.provisioning.internal.provisioner;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes a bundle a failed provisioning installed, so nothing half-installed stays behind
 * (SECAGANS FAILED CONFIGURATION, X.603.1 Amd.1 11.2.8): stop, uninstall, and refresh when the
 * framework keeps it pending removal. Synchronous: returns once the bundle is gone.
 */
final class Rollback {
    private static final Logger LOG = LoggerFactory.getLogger(Rollback.class);
    private static final long REFRESH_WAIT_SECONDS = 10;

    private Rollback() {
    }

    static void remove(BundleContext context, Bundle bundle) {
        if (bundle.getState() == Bundle.UNINSTALLED) {
            return;
        }
        try {
            bundle.stop();
        } catch (BundleException | RuntimeException e) {
            LOG.debug("Stopping {} for rollback: {}", bundle.getLocation(), e.toString());
        }
        try {
            bundle.uninstall();
        } catch (BundleException | RuntimeException e) {
            LOG.error("Rollback could not uninstall {}: {}", bundle.getLocation(), e.toString());
            return;
        }
        refreshIfPending(context, bundle);
    }

    private static void refreshIfPending(BundleContext context, Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (!wiring.getRemovalPendingBundles().contains(bundle)) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            if (!done.await(REFRESH_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Refresh after uninstalling {} did not finish in {} s", bundle.getLocation(),
                    REFRESH_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

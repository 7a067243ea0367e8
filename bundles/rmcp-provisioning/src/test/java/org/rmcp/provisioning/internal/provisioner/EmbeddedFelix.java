package org.rmcp.provisioning.internal.provisioner;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.rmcp.provisioning.internal.TestJars;

/**
 * A real Felix framework with SCR 2.2.18 and the bundles algorithm bundles import (rmcp-api,
 * Bouncy Castle), all taken from the test class path, to install provisioned bundles into.
 */
final class EmbeddedFelix {
    private final Framework framework;
    private final Set<Long> base;

    EmbeddedFelix(Path storage) throws BundleException {
        framework = new FrameworkFactory().newFramework(Map.of(
            Constants.FRAMEWORK_STORAGE, storage.toString(),
            Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
            "felix.log.level", "1"));
        framework.start();
        BundleContext ctx = framework.getBundleContext();
        for (Class<?> c : new Class<?>[] {org.osgi.util.function.Function.class, org.osgi.util.promise.Promise.class,
            org.osgi.service.component.ComponentContext.class,
            org.apache.felix.scr.impl.Activator.class, org.rmcp.api.AlgorithmType.class,
            org.bouncycastle.jce.provider.BouncyCastleProvider.class}) {
            ctx.installBundle(TestJars.of(c).toUri().toString());
        }
        for (Bundle b : ctx.getBundles()) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        }
        base = ids();
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** @return ids of every installed bundle */
    Set<Long> ids() {
        return Stream.of(context().getBundles()).map(Bundle::getBundleId).collect(Collectors.toSet());
    }

    /** @return installed bundles with this symbolic name */
    long count(String bsn) {
        return Stream.of(context().getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).count();
    }

    /** @return the one installed bundle with this symbolic name */
    Bundle bundle(String bsn) {
        return Stream.of(context().getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst()
            .orElseThrow(() -> new AssertionError("no bundle " + bsn));
    }

    /** Uninstalls whatever a test added. */
    void reset() throws BundleException {
        for (Bundle b : context().getBundles()) {
            if (!base.contains(b.getBundleId())) {
                b.uninstall();
            }
        }
    }

    void stop() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(10_000);
    }
}

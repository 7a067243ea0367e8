package org.rmcp.bench.provisioning;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.AllServiceListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;
import org.rmcp.api.AlgorithmType;

/**
 * The MA side of the harness: an embedded Felix with SCR and what an algorithm bundle imports
 * (org.rmcp.api, Bouncy Castle, the DS and promise APIs), installed from the unchanged jars in
 * one directory. It also runs the baseline, a plain {@code bundle:install} + {@code bundle:start},
 * and removes an algorithm bundle between iterations.
 */
final class LatencyFramework implements AutoCloseable {
    private final Framework framework;
    private final Duration timeout;

    private LatencyFramework(Framework framework, Duration timeout) {
        this.framework = framework;
        this.timeout = timeout;
    }

    /**
     * Starts the framework in {@code storage} with every jar of {@code bundles} installed and
     * started (fragments only installed).
     */
    static LatencyFramework start(Path storage, Path bundles, Duration timeout) throws BundleException, IOException {
        List<Path> jars = jars(bundles);
        Framework f = new FrameworkFactory().newFramework(Map.of(
            Constants.FRAMEWORK_STORAGE, storage.toString(),
            Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
            "felix.log.level", "1"));
        f.start();
        LatencyFramework lf = new LatencyFramework(f, timeout);
        try {
            BundleContext ctx = f.getBundleContext();
            List<Bundle> installed = new ArrayList<>();
            for (Path jar : jars) {
                installed.add(ctx.installBundle(jar.toUri().toString()));
            }
            for (Bundle b : installed) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    b.start();
                }
            }
            return lf;
        } catch (BundleException | RuntimeException e) {
            try {
                lf.close();
            } catch (InterruptedException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static List<Path> jars(Path dir) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.jar")) {
            ds.forEach(jars::add);
        }
        if (jars.isEmpty()) {
            throw new IOException("No framework bundles in " + dir
                + " (built by `./mvnw -o -q -pl benchmarks package -DskipTests`)");
        }
        jars.sort(null);
        return jars;
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** @return the started bundles, {@code bsn version} each, for the report */
    String describe() {
        return Stream.of(context().getBundles()).filter(b -> b.getBundleId() != 0)
            .map(b -> b.getSymbolicName() + " " + b.getVersion()).collect(Collectors.joining(", "));
    }

    /** @return the filter of the algorithm service {@code code} of {@code type}, from any bundle */
    static String serviceFilter(AlgorithmType type, int code) {
        return "(&(" + Constants.OBJECTCLASS + "=" + type.spi().getName() + ")(" + type.property() + "=" + code + "))";
    }

    /**
     * The baseline: installs {@code location} and starts it, as {@code bundle:install} and
     * {@code bundle:start} do, then waits until that bundle registers the service.
     *
     * @return the active bundle
     */
    Bundle installAndAwait(String location, String filter) throws Exception {
        Bundle b = context().installBundle(location);
        String own = "(&" + filter + "(" + Constants.SERVICE_BUNDLEID + "=" + b.getBundleId() + "))";
        CompletableFuture<Void> up = new CompletableFuture<>();
        AllServiceListener l = e -> {
            if (e.getType() == ServiceEvent.REGISTERED) {
                up.complete(null);
            }
        };
        context().addServiceListener(l, own);
        try {
            b.start();
            if (context().getAllServiceReferences(null, own) != null) {
                up.complete(null);
            }
            up.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            context().removeServiceListener(l);
        }
        return b;
    }

    /** Checks (untimed) that bundle {@code id} is active and has registered a service matching {@code filter}. */
    void checkActive(long id, String filter) throws InvalidSyntaxException {
        Bundle b = context().getBundle(id);
        if (b == null || b.getState() != Bundle.ACTIVE) {
            throw new IllegalStateException("Bundle " + id + " is not active after provisioning: " + b);
        }
        String own = "(&" + filter + "(" + Constants.SERVICE_BUNDLEID + "=" + id + "))";
        if (context().getAllServiceReferences(null, own) == null) {
            throw new IllegalStateException("No service " + own + " after provisioning");
        }
    }

    /**
     * Uninstalls bundle {@code id}, refreshes it and waits until no service matches
     * {@code filter} and no bundle named {@code bsn} is left (untimed teardown).
     */
    void remove(long id, String bsn, String filter) throws Exception {
        Bundle b = context().getBundle(id);
        if (b == null) {
            throw new IllegalStateException("Bundle " + id + " vanished before its removal");
        }
        b.uninstall();
        CompletableFuture<FrameworkEvent> refreshed = new CompletableFuture<>();
        context().getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class)
            .refreshBundles(List.of(b), refreshed::complete);
        FrameworkEvent e = refreshed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (e.getType() != FrameworkEvent.PACKAGES_REFRESHED) {
            throw new IllegalStateException("Refresh after uninstalling " + bsn + " failed", e.getThrowable());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (context().getAllServiceReferences(null, filter) != null
                || Stream.of(context().getBundles()).anyMatch(x -> bsn.equals(x.getSymbolicName()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(bsn + " or its service is still there " + timeout.toMillis()
                    + " ms after uninstall");
            }
            Thread.sleep(1);
        }
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        FrameworkEvent e = framework.waitForStop(timeout.toMillis());
        if (e.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            throw new IllegalStateException("Framework did not stop within " + timeout.toMillis() + " ms");
        }
    }
}

package org.rmcp.provisioning.internal.provisioner;

import java.util.concurrent.CompletableFuture;
import org.osgi.framework.AllServiceListener;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.rmcp.provisioning.Offer;

/**
 * Waits, event-driven, for the algorithm service a provisioned bundle must register: the SPI of
 * the offer's table with the offered code (X.603.1 Amd.1 Table 10), registered by that bundle.
 * An {@link AllServiceListener}, so the check needs no class of the SPI.
 */
final class ServiceWait implements AllServiceListener, AutoCloseable {
    private final BundleContext context;
    private final Filter filter;
    private final CompletableFuture<ServiceReference<?>> found = new CompletableFuture<>();

    private ServiceWait(BundleContext context, Filter filter) {
        this.context = context;
        this.filter = filter;
    }

    /** Starts listening, then looks for a service that is already there. */
    static ServiceWait open(BundleContext context, Offer offer, long bundleId) throws InvalidSyntaxException {
        String f = "(&(" + Constants.OBJECTCLASS + "=" + offer.type().spi().getName() + ")(" + offer.type().property()
            + "=" + offer.code() + ")(" + Constants.SERVICE_BUNDLEID + "=" + bundleId + "))";
        ServiceWait w = new ServiceWait(context, context.createFilter(f));
        context.addServiceListener(w, f);
        ServiceReference<?>[] refs = context.getAllServiceReferences(null, f);
        if (refs != null && refs.length > 0) {
            w.found.complete(refs[0]);
        }
        return w;
    }

    /** @return completes with the first matching service */
    CompletableFuture<ServiceReference<?>> found() {
        return found;
    }

    @Override
    public void serviceChanged(ServiceEvent event) {
        if (event.getType() != ServiceEvent.UNREGISTERING && filter.match(event.getServiceReference())) {
            found.complete(event.getServiceReference());
        }
    }

    @Override
    public void close() {
        try {
            context.removeServiceListener(this);
        } catch (IllegalStateException e) {
            // the context is gone with its listeners
        }
    }

    /** @return the filter, for messages */
    String filter() {
        return filter.toString();
    }
}

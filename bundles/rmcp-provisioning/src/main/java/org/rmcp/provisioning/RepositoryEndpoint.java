package org.rmcp.provisioning;

import java.net.URI;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A running HTTPS endpoint of a {@link BundleRepository}.
 *
 * @since 1.0
 */
@ProviderType
public interface RepositoryEndpoint extends AutoCloseable {
    /** @return the base the offers' paths resolve against, e.g. {@code https://127.0.0.1:8443/} */
    URI base();

    /** Stops listening and closes open connections; waits until done. Idempotent. */
    @Override
    void close();
}

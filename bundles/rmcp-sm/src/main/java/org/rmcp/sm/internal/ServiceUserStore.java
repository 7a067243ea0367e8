package org.rmcp.sm.internal;

import java.io.IOException;
import org.rmcp.sm.internal.state.ServiceUserRegistry;

/** Where a session's service user registry (X.603.1 Amd.1 10.1.1.5) is kept between restarts. */
public interface ServiceUserStore {
    /** A store that keeps nothing (tests, or no data area). */
    ServiceUserStore NONE = registry -> { };

    /** Persists {@code registry} (salt and digests only). */
    void save(ServiceUserRegistry registry) throws IOException;
}

package org.rmcp.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What this container is: its operator-given name and its {@link NodeRole}, as set by the
 * ConfigAdmin PID {@value #PID} in {@code etc/}. Registered once per container.
 *
 * <p>Thread-safe; values are immutable for the lifetime of the service object (a configuration
 * change re-registers the service).
 *
 * @since 1.0
 */
@ProviderType
public interface NodeInfo {
    /** ConfigAdmin PID of the node configuration ({@code etc/org.rmcp.node.cfg}). */
    String PID = "org.rmcp.node";

    /** @return the operator-given container name, never {@code null} */
    String name();

    /** @return the role chosen by configuration */
    NodeRole role();

    /**
     * @return whether the role's feature ({@link NodeRole#featureName()}) is installed in
     *     the container now
     */
    boolean roleFeatureInstalled();
}

package org.rmcp.api;

import java.util.Locale;

/**
 * The role a container plays in a secure RMCP-2 session (X.603.1 Amd.1 clause 9.1): the
 * Session Manager, or a multicast agent whose exact kind (SMA, DMA, RMA) is chosen per
 * session by later configuration.
 *
 * @since 1.0
 */
public enum NodeRole {
    /** Session Manager: admission, policy, keys and the algorithm repository. */
    SM,
    /** Multicast agent: SMA, DMA or RMA per session. */
    MA;

    /**
     * Parses a configuration value, ignoring case and surrounding blanks.
     *
     * @param value "sm" or "ma"
     * @return the role
     * @throws IllegalArgumentException naming the accepted values when {@code value} is neither
     */
    public static NodeRole parse(String value) {
        if (value != null) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            for (NodeRole r : values()) {
                if (r.name().equals(v)) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("role must be 'sm' or 'ma', was '" + value + "'");
    }

    /** @return the Karaf feature that brings this role's bundles, e.g. {@code rmcp-sm} */
    public String featureName() {
        return "rmcp-" + name().toLowerCase(Locale.ROOT);
    }
}

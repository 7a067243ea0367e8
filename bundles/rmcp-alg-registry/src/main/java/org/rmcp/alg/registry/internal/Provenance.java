package org.rmcp.alg.registry.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Which bundle registered an algorithm service and where that bundle came from: the
 * {@value #ORIGIN_HEADER} header when a provisioning step wrote one (the SM repository URL,
 * X.603.1 Amd.1 clause 11.2.5 SECALGREQ), else the bundle's location.
 *
 * @param bundle symbolic name, or {@code "?"} when the bundle is gone
 * @param version bundle version, or {@code ""}
 * @param origin the {@value #ORIGIN_HEADER} header, else {@link Bundle#getLocation()}, else {@code ""}
 */
record Provenance(String bundle, String version, String origin) {
    /** Manifest header a provisioned bundle may carry to name its source. */
    static final String ORIGIN_HEADER = "RMCP-Origin";

    static final Provenance UNKNOWN = new Provenance("?", "", "");

    /** Reads the registering bundle of {@code ref}; never throws. */
    static Provenance of(ServiceReference<?> ref) {
        Bundle b = ref == null ? null : ref.getBundle();
        if (b == null) {
            return UNKNOWN;
        }
        String name = b.getSymbolicName() == null ? "?" : b.getSymbolicName();
        String version = b.getVersion() == null ? "" : b.getVersion().toString();
        return new Provenance(name, version, origin(b));
    }

    private static String origin(Bundle b) {
        String header = b.getHeaders("") == null ? null : b.getHeaders("").get(ORIGIN_HEADER);
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        try {
            return b.getLocation() == null ? "" : b.getLocation();
        } catch (SecurityException e) {
            return ""; // our choice: no AdminPermission means no origin, not a failed bind
        }
    }
}

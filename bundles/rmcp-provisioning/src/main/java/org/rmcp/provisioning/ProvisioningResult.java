package org.rmcp.provisioning;

import java.util.Objects;

/**
 * Outcome of {@link BundleProvisioner#provision}: the MA answers SECAGANS OK when {@link #ok()}
 * holds, FAILED CONFIGURATION otherwise (X.603.1 Amd.1 11.2.8, Table 24).
 *
 * @param offer what was provisioned
 * @param ok whether the algorithm service is registered now
 * @param bundleId the installed bundle's id, or -1 on failure
 * @param location the installed bundle's location, or {@code ""} on failure
 * @param reason why it failed, or {@code ""} on success
 * @since 1.0
 */
public record ProvisioningResult(Offer offer, boolean ok, long bundleId, String location, String reason) {
    /** Checks the fields agree with {@code ok}. */
    public ProvisioningResult {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        if (ok != reason.isEmpty() || ok != (bundleId >= 0)) {
            throw new IllegalArgumentException("Inconsistent result: ok=" + ok + ", bundleId=" + bundleId);
        }
    }

    /** @return a success for the bundle {@code bundleId} at {@code location} */
    public static ProvisioningResult success(Offer offer, long bundleId, String location) {
        return new ProvisioningResult(offer, true, bundleId, location, "");
    }

    /** @return a failure with a non-empty reason */
    public static ProvisioningResult failed(Offer offer, String reason) {
        return new ProvisioningResult(offer, false, -1, "", reason == null || reason.isBlank() ? "failed" : reason);
    }
}

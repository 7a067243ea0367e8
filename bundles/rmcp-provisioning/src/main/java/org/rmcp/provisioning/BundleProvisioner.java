package org.rmcp.provisioning;

import java.net.URI;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The MA side of SECALGREQ (X.603.1 Amd.1 11.2.7): fetches the module the SM offered, checks it
 * and starts it. Thread-safe; calls run one at a time.
 *
 * @since 1.0
 */
@ProviderType
public interface BundleProvisioner {
    /** ConfigAdmin PID of the provisioner: {@code timeout}, {@code maxSize}. */
    String PID = "org.rmcp.provisioning.provisioner";

    /** ConfigAdmin PID of the trusted bundle signers: {@code signers}, a PEM file of certificates. */
    String TRUST_PID = "org.rmcp.provisioning.trust";

    /**
     * Downloads the offered jar over HTTPS, checks its size and SHA-256, checks that every entry
     * is signed by a trusted signer, installs it, starts it and waits for the algorithm service
     * with the offered code. On any failure the bundle is stopped and uninstalled before the
     * stage completes, and the reason is logged.
     *
     * @param offer what the SM answered
     * @param base the SM repository base, an {@code https} URI
     * @param trust TLS trust for the connection
     * @return completes (never exceptionally) with {@link ProvisioningResult#ok()} true when the
     *     service is up, else with the reason; the caller answers SECAGANS OK or FAILED
     *     CONFIGURATION (Table 27 code 0x04)
     */
    CompletionStage<ProvisioningResult> provision(Offer offer, URI base, TrustConfig trust);
}

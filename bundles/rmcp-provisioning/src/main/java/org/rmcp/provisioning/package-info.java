/**
 * Delivery of security modules for SECALGREQ (X.603.1 Amd.1 clauses 10.1.4 and 11.2.7): the
 * SM's {@link org.rmcp.provisioning.BundleRepository} of signed algorithm bundles served over
 * TLS, the {@link org.rmcp.provisioning.Offer} the SM answers with, and the MA's
 * {@link org.rmcp.provisioning.BundleProvisioner} that downloads, verifies, installs and starts
 * one. The Recommendation leaves the delivery method out of scope; this package is our choice
 * (see the module's README).
 */
@Export
@Version("1.0.0")
package org.rmcp.provisioning;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

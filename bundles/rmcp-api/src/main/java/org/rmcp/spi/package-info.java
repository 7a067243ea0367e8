/**
 * Service provider interfaces of secure RMCP-2's algorithms: what a vendor implements to add
 * an algorithm of the security policy (X.603.1 Amd.1 Table 10) as a hot-deployable bundle.
 */
@Export
@Version("1.0.0")
package org.rmcp.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

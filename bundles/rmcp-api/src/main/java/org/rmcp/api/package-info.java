/**
 * Secure RMCP-2 runtime API: what a container is ({@link org.rmcp.api.NodeInfo}) and, as
 * later packages add, the algorithm registry and the session's security policy
 * (X.603.1 Amd.1 clauses 9-10).
 */
@Export
@Version("1.0.0")
package org.rmcp.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

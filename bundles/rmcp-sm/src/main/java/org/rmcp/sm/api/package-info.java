/**
 * The Session Manager as other bundles see it (X.603.1 Amd.1 clause 10.1): one
 * {@link org.rmcp.sm.api.SmSession} service per configured session, which consumes decoded
 * RMCP-2 messages from the TLS transport and answers with {@link org.rmcp.sm.api.Effect}s
 * (messages to send, modules to provision, members to evict) that it hands to every
 * {@link org.rmcp.sm.api.EffectSink} service. The procedures themselves are socket-free state
 * logic inside bundle {@code org.rmcp.sm}; this package carries no behaviour.
 */
@Export
@Version("1.0.0")
package org.rmcp.sm.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

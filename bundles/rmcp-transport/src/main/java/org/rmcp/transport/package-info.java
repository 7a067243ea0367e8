/**
 * Transport of secure RMCP-2 control messages (X.603.1 Amd.1 clauses 10.1.1 and 10.2.6):
 * TLS admission of MAs by the SM in TLS_PSK (RFC 4279, RFC 5489, TLS 1.3 external PSK) or
 * TLS_CERT (mutual certificates) mode on Bouncy Castle's TLS API over Netty
 * ({@link org.rmcp.transport.RmcpServer}, {@link org.rmcp.transport.RmcpClient}); the per-MA
 * key KTLS exported from the TLS session (RFC 5705 / RFC 8446 7.5, never sent); and the
 * protection of control messages under Ks or KTLS (Table 11) with an authenticated mode and
 * per-direction sequence numbers ({@link org.rmcp.transport.MessageProtector},
 * {@link org.rmcp.transport.ReplayWindow}). The wire layout of a protected message is in
 * {@code docs/spec-notes-transport.md}.
 */
@Export
@Version("1.1.0")
package org.rmcp.transport;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

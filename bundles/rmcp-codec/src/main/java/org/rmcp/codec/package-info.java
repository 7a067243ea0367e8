/**
 * Secure RMCP-2 wire codec (ITU-T X.603.1 Amd.1 clause 11, code values of clause 12): immutable
 * messages ({@link org.rmcp.codec.SecList}, {@link org.rmcp.codec.KeyDeliver}, the basic
 * messages they run on, and the {@link org.rmcp.codec.Data} message carrying content), their
 * controls, the closed code tables as enums, and {@link org.rmcp.codec.RmcpCodec}, which checks
 * every length, code and reserved byte before it reads and reports a bad message as one
 * {@link org.rmcp.codec.RmcpProtocolException}. Layouts the amendment leaves to the basic
 * protocol are ours and are documented in {@code docs/spec-notes.md}.
 */
@Export
@Version("1.0.0")
package org.rmcp.codec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

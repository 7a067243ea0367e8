/**
 * Netty framing of RMCP-2 messages on TCP control channels (X.603.1 Amd.1 clause 9.3: SM and
 * group/member security management messages travel reliably over TCP): a frame decoder that
 * delimits messages by the header's 16-bit Length at offset 2 and refuses an oversize message
 * before buffering it, and an encoder, both built on {@link org.rmcp.codec.RmcpCodec}.
 */
@Export
@Version("1.0.0")
package org.rmcp.codec.netty;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

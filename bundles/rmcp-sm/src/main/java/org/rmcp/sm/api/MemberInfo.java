package org.rmcp.sm.api;

import java.time.Instant;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;

/**
 * A row of a session's member table (X.603.1 Amd.1 10.1.1): who was admitted, over which TLS
 * session, and how far it got.
 *
 * @param maid the member's MAID
 * @param nodeType SMA, DMA or RMA
 * @param link the TLS session it subscribed on
 * @param state its progress
 * @param since when it entered {@code state}
 * @since 1.0
 */
public record MemberInfo(Maid maid, NodeType nodeType, Link link, MemberState state, Instant since) {
}

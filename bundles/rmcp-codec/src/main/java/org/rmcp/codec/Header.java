package org.rmcp.codec;

/** The decoded common header, X.603.1 Amd.1 clause 11.1. */
record Header(NodeType nodeType, MessageType type, int length, long sessionId, Maid maid) {
}

/**
 * Content protection of secure RMCP-2 (X.603.1 Amd.1 10.2.1.2 and 10.2.7, Figure 104): the SMA
 * seals application bytes once under the content key Kc into DATA messages
 * ({@link org.rmcp.content.ContentSealer}); each RMA keeps the recent Kc generations by
 * KEY_EPOCH ({@link org.rmcp.content.ContentKeys}) and opens DATA with them
 * ({@link org.rmcp.content.ContentOpener}); a DMA forwards DATA to its children without
 * decrypting and without copying the payload ({@link org.rmcp.content.Relay}). The AAD, the
 * key schedule and the integrity of non-AEAD ciphers are documented on
 * {@link org.rmcp.content.ContentSuite}. Session and control logic (KEYDELIVER, rekey timing)
 * is not here.
 */
@Export
@Version("1.0.0")
package org.rmcp.content;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * SPI of encryption/decryption algorithms keyed by EN_DEC_ID (X.603.1 Amd.1 clause 12,
 * Table 16): content, group-key and control-message encryption.
 */
@Export
@Version("1.0.0")
package org.rmcp.spi.cipher;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

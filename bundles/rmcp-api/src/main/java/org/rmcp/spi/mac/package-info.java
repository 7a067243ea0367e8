/**
 * SPI of hash/MAC algorithms keyed by AUTH_ID (X.603.1 Amd.1 clause 12, Table 17).
 */
@Export
@Version("1.0.0")
package org.rmcp.spi.mac;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

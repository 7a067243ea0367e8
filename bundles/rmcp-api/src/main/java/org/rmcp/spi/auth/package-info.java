/**
 * SPI of membership authentication mechanisms keyed by AUTH_NAME (X.603.1 Amd.1 clause 12,
 * Table 22, and Annex E).
 */
@Export
@Version("1.0.0")
package org.rmcp.spi.auth;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

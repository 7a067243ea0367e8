/**
 * SPI of group key mechanisms keyed by GK_NAME (X.603.1 Amd.1 clause 12, Table 20): the
 * DMA-side key server and RMA-side member of an MM group's key Kg.
 */
@Export
@Version("1.0.0")
package org.rmcp.spi.gk;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

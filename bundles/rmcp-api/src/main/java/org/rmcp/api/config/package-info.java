/**
 * Conventions shared by the SM's and the MAs' ConfigAdmin configurations: session names and
 * the 64-bit Session ID (X.603.1 clause 7.1.1) derived from them.
 */
@Export
@Version("1.0.0")
package org.rmcp.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

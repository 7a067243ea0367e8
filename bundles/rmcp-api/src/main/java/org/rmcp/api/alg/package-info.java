/**
 * Code values of the open algorithm tables of X.603.1 Amd.1 clause 12 (Tables 16, 17, 20,
 * 22) and the DS component property types that put them on algorithm services as
 * {@code rmcp.en.dec.id}, {@code rmcp.auth.id}, {@code rmcp.gk.name}, {@code rmcp.auth.name}.
 */
@Export
@Version("1.0.0")
package org.rmcp.api.alg;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** Key derivation shared by the bundles that inline {@code org.rmcp.alg.support} (RFC 5869 HKDF). */
package org.rmcp.alg.support.kdf;

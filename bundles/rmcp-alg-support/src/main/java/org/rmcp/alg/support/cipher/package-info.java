/**
 * Symmetric EN_DEC_ID algorithms (X.603.1 Amd.1 Table 16): the shared component base, key rules
 * and the JCA {@code header || C} framing. Build-time only, see {@link org.rmcp.alg.support}.
 */
package org.rmcp.alg.support.cipher;

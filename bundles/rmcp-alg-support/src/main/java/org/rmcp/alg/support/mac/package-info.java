/**
 * AUTH_ID algorithms (X.603.1 Amd.1 Table 17): the JCA HMAC component base and the known-answer
 * vector type their self tests run. Build-time only, see {@link org.rmcp.alg.support}.
 */
package org.rmcp.alg.support.mac;

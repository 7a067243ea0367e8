/**
 * Code the algorithm bundles of X.603.1 Amd.1 Tables 16 and 17 share: per-thread JCA engines and
 * the buffer bookkeeping of a failed encrypt or decrypt; {@code .cipher} holds the symmetric
 * EN_DEC_ID base and framing, {@code .mac} the JCA HMAC base and known-answer vectors.
 *
 * <p>A build-time library only: each algorithm bundle copies the packages it references into
 * itself with bnd's {@code -conditionalpackage: org.rmcp.alg.support.*}, so every bundle stays
 * independently hot-deployable and these packages are never exported or imported (house style 5.3).
 */
package org.rmcp.alg.support;

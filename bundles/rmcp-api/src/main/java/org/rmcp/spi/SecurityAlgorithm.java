package org.rmcp.spi;

import java.security.GeneralSecurityException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What every algorithm service of the security policy (X.603.1 Amd.1 clause 10.1.3, Table 10)
 * has in common: its code in the spec's table, a human name, whether it is known to be weak,
 * and a known-answer self test the operator can run inside the container.
 *
 * <p>Implementations are stateless or internally synchronised: one service object is shared by
 * every session of the container.
 *
 * @since 1.0
 */
@ConsumerType
public interface SecurityAlgorithm {
    /** @return the code value in the algorithm's table (EN_DEC_ID, AUTH_ID, GK_NAME, AUTH_NAME) */
    int code();

    /** @return the human name, e.g. {@code AES-128-CBC} */
    String name();

    /**
     * @return whether the algorithm is cryptographically weak and kept only for interoperability
     *     (MD5, PKCS#1 v1.5); shown by {@code rmcp:alg-list}
     */
    default boolean weak() {
        return false;
    }

    /**
     * Runs the implementation's own known-answer tests (vectors shipped inside the bundle).
     *
     * @throws GeneralSecurityException naming the vector that failed
     */
    void selfTest() throws GeneralSecurityException;
}

package org.rmcp.api;

import org.rmcp.spi.SecurityAlgorithm;
import org.rmcp.spi.auth.MembershipAuth;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.spi.gk.GkMechanism;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * The four algorithm tables of the security policy (X.603.1 Amd.1 Table 10) and the SPI and
 * service property each is registered under.
 *
 * @since 1.0
 */
public enum AlgorithmType {
    /** EN_DEC_ID, Table 16. */
    EN_DEC(EncDecAlgorithm.class, EncDecAlgorithm.PROPERTY),
    /** AUTH_ID, Table 17. */
    AUTH(AuthAlgorithm.class, AuthAlgorithm.PROPERTY),
    /** GK_NAME, Table 20. */
    GK(GkMechanism.class, GkMechanism.PROPERTY),
    /** AUTH_NAME, Table 22. */
    MEM_AUTH(MembershipAuth.class, MembershipAuth.PROPERTY);

    private final Class<? extends SecurityAlgorithm> spi;
    private final String property;

    AlgorithmType(Class<? extends SecurityAlgorithm> spi, String property) {
        this.spi = spi;
        this.property = property;
    }

    /** @return the SPI interface services of this type implement */
    public Class<? extends SecurityAlgorithm> spi() {
        return spi;
    }

    /** @return the service property that carries the code, e.g. {@code rmcp.en.dec.id} */
    public String property() {
        return property;
    }
}

package org.rmcp.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import org.rmcp.spi.SecurityAlgorithm;

/**
 * Which algorithms this container can run right now: tracks every algorithm service as it
 * comes and goes. SECAGREQ capabilities (clause 11.2.5) and the SECLIST check that decides
 * whether a SECALGREQ is needed (clause 10.1.4) are built from it.
 *
 * <p>Thread-safe; answers reflect the services registered at the time of the call.
 *
 * @since 1.0
 */
@ProviderType
public interface AlgorithmRegistry {
    /** @return the codes of {@code type} available now, in ascending order */
    Set<Integer> codes(AlgorithmType type);

    /** @return whether an algorithm of {@code type} with {@code code} is available now */
    default boolean has(AlgorithmType type, int code) {
        return find(type, code).isPresent();
    }

    /**
     * @return the best-ranked service of {@code type} with {@code code} (highest
     *     {@code service.ranking}, then lowest service id)
     */
    Optional<SecurityAlgorithm> find(AlgorithmType type, int code);

    /** Typed form of {@link #find(AlgorithmType, int)}. */
    default <A extends SecurityAlgorithm> Optional<A> find(Class<A> spi, int code) {
        for (AlgorithmType t : AlgorithmType.values()) {
            if (t.spi() == spi) {
                return find(t, code).map(spi::cast);
            }
        }
        throw new IllegalArgumentException("not an algorithm SPI: " + spi.getName());
    }

    /** @return every algorithm service now installed, ordered by type then code */
    List<AlgorithmInfo> list();
}

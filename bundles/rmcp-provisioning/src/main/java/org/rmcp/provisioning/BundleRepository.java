package org.rmcp.provisioning;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.rmcp.api.AlgorithmType;

/**
 * The SM's repository of algorithm bundles (SM side of SECALGREQ, X.603.1 Amd.1 11.2.7): a
 * directory of jars with an OSGi R5 {@code index.xml}, which it can serve over TLS.
 * Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface BundleRepository {
    /** ConfigAdmin PID: {@code dir}, the repository directory. */
    String PID = "org.rmcp.provisioning.repository";

    /** @return every bundle of the repository, by symbolic name then version */
    List<RepositoryBundle> list();

    /**
     * @param type the table of {@code code}
     * @param code the code the MA asked for in a *_DELIVER control
     * @return the bundle that provides it (highest version if several), or empty
     */
    Optional<Offer> find(AlgorithmType type, int code);

    /**
     * Copies a bundle jar into the repository (replacing the same symbolic name and version) and
     * re-writes the index.
     *
     * @param jar a bundle jar (signed for MAs to accept it)
     * @return the added bundle
     * @throws IOException if it cannot be read, is not a bundle, or the index cannot be written
     */
    RepositoryBundle add(Path jar) throws IOException;

    /**
     * Serves {@code GET /index.xml} and {@code GET /bundles/<file>.jar} over TLS until the
     * endpoint is closed.
     *
     * @param bind address and port to listen on (port 0 picks a free one)
     * @param tls makes the TLS handler of every accepted connection
     * @return the running endpoint
     * @throws IOException if the port cannot be bound
     */
    RepositoryEndpoint serve(InetSocketAddress bind, ServerTls tls) throws IOException;
}

package org.rmcp.provisioning.internal.server;

import java.nio.file.Path;
import java.util.Optional;

/** What the repository server may send: the index and the jars it lists, nothing else. */
public interface RepositoryContent {
    /** @return the current {@code index.xml} */
    Optional<Path> index();

    /**
     * @param fileName the last segment of {@code /bundles/<file>.jar}, as received
     * @return the jar when the index lists exactly that file, else empty
     */
    Optional<Path> jar(String fileName);
}

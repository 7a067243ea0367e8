package org.rmcp.provisioning;

import java.util.List;
import java.util.Objects;

/**
 * One jar of the SM's repository and the algorithms its DS components provide.
 *
 * @param bsn Bundle-SymbolicName
 * @param version Bundle-Version
 * @param sha256 SHA-256 of the jar, lower-case hex (the index's {@code osgi.content} capability)
 * @param path relative to the repository base, {@code bundles/<file>.jar}
 * @param size length in bytes
 * @param offers one per algorithm code the bundle provides; empty for a library bundle
 * @since 1.0
 */
public record RepositoryBundle(String bsn, String version, String sha256, String path, long size,
        List<Offer> offers) {
    /** Copies {@code offers}. */
    public RepositoryBundle {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(path, "path");
        offers = List.copyOf(offers);
    }
}

package org.rmcp.provisioning.internal.repository;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Version;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.RepositoryBundle;
import org.rmcp.provisioning.internal.server.RepositoryContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SM's module store for SECALGREQ (X.603.1 Amd.1 11.2.7): {@code <dir>/bundles/*.jar} and
 * {@code <dir>/index.xml}, laid out as served. Reads are lock-free snapshots; changes serialize.
 */
public final class DirectoryRepository implements RepositoryContent {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryRepository.class);
    private static final String BUNDLES = "bundles/";

    private final Path dir;
    private final Path bundles;
    private final Path index;
    private volatile List<RepositoryBundle> snapshot = List.of();

    /** Opens (creating if needed) the repository in {@code dir} and re-writes its index. */
    public DirectoryRepository(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        this.bundles = this.dir.resolve("bundles");
        this.index = this.dir.resolve("index.xml");
        Files.createDirectories(bundles);
        reload();
    }

    /** @return the repository directory */
    public Path directory() {
        return dir;
    }

    /** @return every bundle, by symbolic name then version */
    public List<RepositoryBundle> list() {
        return snapshot;
    }

    /** @return the bundle providing {@code code} of {@code type}; the highest version wins */
    public Optional<Offer> find(AlgorithmType type, int code) {
        return snapshot.stream().flatMap(b -> b.offers().stream())
            .filter(o -> o.type() == type && o.code() == code)
            .max(Comparator.comparing((Offer o) -> Version.parseVersion(o.version())));
    }

    /** Copies {@code jar} in as {@code bundles/<bsn>-<version>.jar} and re-indexes. */
    public synchronized RepositoryBundle add(Path jar) throws IOException {
        Path tmp = Files.createTempFile(dir, "add-", ".tmp");
        try {
            Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
            String name = BundleReader.identity(tmp).fileName();
            BundleReader.read(tmp, BUNDLES + name); // rejects malformed descriptors before it is stored
            Files.move(tmp, bundles.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
            reload();
            LOG.info("Added {} to the algorithm repository {}", name, dir);
            return snapshot.stream().filter(b -> b.path().equals(BUNDLES + name)).findFirst()
                .orElseThrow(() -> new IOException("Added bundle vanished: " + name));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Re-reads {@code bundles/} and re-writes the index; files that are no bundles are skipped. */
    public synchronized void reload() throws IOException {
        List<RepositoryBundle> read = new ArrayList<>();
        List<IndexWriter.Jar> jars = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(bundles, "*.jar")) {
            for (Path p : ds) {
                String path = BUNDLES + p.getFileName();
                try {
                    read.add(BundleReader.read(p, path));
                    jars.add(new IndexWriter.Jar(p, path));
                } catch (IOException | IllegalArgumentException e) {
                    LOG.warn("Skipping {} in the algorithm repository: {}", p.getFileName(), e.getMessage());
                }
            }
        }
        read.sort(Comparator.comparing(RepositoryBundle::bsn)
            .thenComparing(b -> Version.parseVersion(b.version())));
        jars.sort(Comparator.comparing(IndexWriter.Jar::path));
        IndexWriter.write(index, jars, System.currentTimeMillis());
        snapshot = List.copyOf(read);
    }

    @Override
    public Optional<Path> index() {
        return Files.isRegularFile(index) ? Optional.of(index) : Optional.empty();
    }

    @Override
    public Optional<Path> jar(String fileName) {
        String path = BUNDLES + fileName;
        return snapshot.stream().filter(b -> b.path().equals(path)).findFirst()
            .map(b -> bundles.resolve(b.path().substring(BUNDLES.length())));
    }
}

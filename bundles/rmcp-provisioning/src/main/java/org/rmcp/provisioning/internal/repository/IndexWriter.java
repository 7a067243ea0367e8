package org.rmcp.provisioning.internal.repository;

import aQute.bnd.osgi.repository.XMLResourceGenerator;
import aQute.bnd.osgi.resource.ResourceBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.osgi.resource.Resource;

/**
 * Writes the OSGi R5 repository index (OSGi Compendium 132.5, {@code index.xml}) with bnd's
 * indexer: per jar {@code osgi.identity}, {@code osgi.content} (SHA-256, size, relative URL) and
 * the manifest's capabilities and requirements.
 */
final class IndexWriter {
    private IndexWriter() {
    }

    /**
     * Replaces {@code index} atomically.
     *
     * @param jars the repository's jars with their URLs relative to the index ({@code bundles/x.jar})
     */
    static void write(Path index, List<Jar> jars, long increment) throws IOException {
        List<Resource> resources = new ArrayList<>();
        for (Jar j : jars) {
            ResourceBuilder rb = new ResourceBuilder();
            try {
                if (!rb.addFile(j.file().toFile(), URI.create(j.path()))) {
                    throw new IOException("Not a bundle: " + j.file().getFileName());
                }
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("Cannot index " + j.file().getFileName() + ": " + e, e);
            }
            resources.add(rb.build());
        }
        Path tmp = Files.createTempFile(index.getParent(), "index-", ".tmp");
        try {
            new XMLResourceGenerator().name("rmcp").increment(increment).indent(2).resources(resources)
                .save(tmp.toFile());
            Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A jar and its URL relative to the index. */
    record Jar(Path file, String path) {
    }
}

package org.rmcp.provisioning.internal.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Version;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.RepositoryBundle;
import org.rmcp.provisioning.internal.Digests;

/** Reads a repository jar: identity from the manifest, SHA-256, and the algorithms its DS components provide. */
final class BundleReader {
    /** Symbolic name and version of a bundle jar. */
    record Identity(String bsn, String version) {
        /** @return the file name the repository stores it under */
        String fileName() {
            return bsn + "-" + version + ".jar";
        }
    }

    private BundleReader() {
    }

    /** @throws IOException if the jar has no manifest, symbolic name or valid version */
    static Identity identity(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            return identity(jf.getManifest(), jar);
        }
    }

    /** @throws IOException if it is not a bundle or its descriptors are malformed */
    static RepositoryBundle read(Path jar, String path) throws IOException {
        String sha256 = Digests.sha256Hex(jar);
        long size = Files.size(jar);
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            Identity id = identity(jf.getManifest(), jar);
            List<Offer> offers = new ArrayList<>();
            for (ComponentDescriptors.Provided p : ComponentDescriptors.read(jf)) {
                offers.add(new Offer(id.bsn(), id.version(), p.type(), p.code(), sha256, path, size));
            }
            return new RepositoryBundle(id.bsn(), id.version(), sha256, path, size, offers);
        } catch (IllegalArgumentException e) {
            throw new IOException("Not a usable bundle " + jar.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Identity identity(Manifest m, Path jar) throws IOException {
        Attributes a = m == null ? null : m.getMainAttributes();
        String bsn = a == null ? null : a.getValue("Bundle-SymbolicName");
        if (bsn == null || bsn.isBlank()) {
            throw new IOException("Not a bundle (no Bundle-SymbolicName): " + jar.getFileName());
        }
        bsn = bsn.split(";", 2)[0].trim();
        try {
            String version = Version.parseVersion(a.getValue("Bundle-Version")).toString();
            Identity id = new Identity(bsn, version);
            if (!id.fileName().matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,200}\\.jar")) {
                throw new IllegalArgumentException("symbolic name " + bsn);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new IOException("Not a usable bundle " + jar.getFileName() + ": " + e.getMessage(), e);
        }
    }
}

package org.rmcp.provisioning.internal.provisioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;
import org.rmcp.provisioning.RepositoryBundle;
import org.rmcp.provisioning.internal.TestJars;
import org.rmcp.provisioning.internal.repository.DirectoryRepository;

/** The MA's reading of the SM repository's R5 index: what bnd's indexer writes, and hostile XML refused. */
class RepositoryIndexTest {
    @TempDir
    Path tmp;

    @Test
    void readsWhatTheSmIndexerWrites() throws Exception {
        DirectoryRepository repo = new DirectoryRepository(tmp.resolve("repo"));
        RepositoryBundle lib = repo.add(TestJars.bundle(tmp.resolve("lib.jar"), Map.of("Bundle-ManifestVersion", "2",
            "Bundle-SymbolicName", "test.lib", "Bundle-Version", "1.2.3",
            "Export-Package", "test.lib.api;version=\"1.2.0\""), Map.of("a.txt", TestJars.utf8("a"))));
        RepositoryIndex index = RepositoryIndex.parse(Files.readAllBytes(tmp.resolve("repo/index.xml")));
        assertEquals(1, index.resources().size());
        RepositoryIndex.Resource r = index.resources().get(0);
        assertEquals("test.lib", r.bsn());
        assertEquals(new Version(1, 2, 3), r.version());
        assertEquals(lib.sha256(), r.sha256());
        assertEquals(lib.size(), r.size());
        assertEquals(lib.path(), r.url());
        assertTrue(r.packages().stream().anyMatch(p -> "test.lib.api".equals(p.get("osgi.wiring.package"))
            && new Version(1, 2, 0).equals(p.get("version"))), r.packages().toString());
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverRead() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            + "<repository xmlns='http://www.osgi.org/xmlns/repository/v1.0.0'>&x;</repository>";
        ProvisioningException e = assertThrows(ProvisioningException.class,
            () -> RepositoryIndex.parse(xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("not valid XML"), e.getMessage());
    }

    @Test
    void aResourceWithoutContentOrWithABadVersionIsRefused() {
        String ns = "<repository xmlns='http://www.osgi.org/xmlns/repository/v1.0.0'><resource>"
            + "<capability namespace='osgi.identity'><attribute name='osgi.identity' value='x'/>"
            + "<attribute name='version' type='Version' value='%s'/></capability>%s</resource></repository>";
        assertThrows(ProvisioningException.class, () -> RepositoryIndex.parse(String.format(ns, "1.0.0", "")
            .getBytes(StandardCharsets.UTF_8)));
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> RepositoryIndex.parse(
            String.format(ns, "one", "").getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("version"), e.getMessage());
    }
}

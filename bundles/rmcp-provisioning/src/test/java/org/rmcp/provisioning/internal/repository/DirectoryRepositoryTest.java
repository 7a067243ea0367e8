package org.rmcp.provisioning.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.RepositoryBundle;
import org.rmcp.provisioning.internal.Digests;
import org.rmcp.provisioning.internal.TestJars;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SM repository over the real algorithm bundle jars, indexed with bnd. */
class DirectoryRepositoryTest {
    @TempDir
    Path dir;

    private DirectoryRepository withRealBundles() throws IOException {
        DirectoryRepository repo = new DirectoryRepository(dir);
        repo.add(TestJars.seed());
        repo.add(TestJars.hmacSha1());
        repo.add(TestJars.memAuth());
        return repo;
    }

    @Test
    void findsTheBundleProvidingACode() throws IOException {
        DirectoryRepository repo = withRealBundles();
        Offer seed = repo.find(AlgorithmType.EN_DEC, 0x04).orElseThrow();
        assertEquals("org.rmcp.cipher.seed", seed.bsn());
        assertEquals(Digests.sha256Hex(TestJars.seed()), seed.sha256());
        assertEquals(Files.size(TestJars.seed()), seed.size());
        assertEquals("bundles/org.rmcp.cipher.seed-" + seed.version() + ".jar", seed.path());
        assertEquals("org.rmcp.mac.hmacsha1", repo.find(AlgorithmType.AUTH, 0x01).orElseThrow().bsn());
        assertEquals("org.rmcp.auth.memauth", repo.find(AlgorithmType.MEM_AUTH, 0x01).orElseThrow().bsn());
        assertTrue(repo.find(AlgorithmType.EN_DEC, 0x01).isEmpty());
        assertTrue(repo.find(AlgorithmType.GK, 0x04).isEmpty(), "code 4 of another table");
    }

    @Test
    void indexHasIdentityAndContentWithSha256OfEveryJar() throws Exception {
        withRealBundles();
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
            .parse(dir.resolve("index.xml").toFile());
        NodeList resources = doc.getElementsByTagNameNS("*", "resource");
        assertEquals(3, resources.getLength());
        for (Path jar : List.of(TestJars.seed(), TestJars.hmacSha1(), TestJars.memAuth())) {
            String sha = Digests.sha256Hex(jar);
            Element content = capability(doc, "osgi.content", "osgi.content", sha);
            assertEquals(String.valueOf(Files.size(jar)), attr(content, "size"));
            assertTrue(attr(content, "url").matches("bundles/org\\.rmcp\\.[a-z0-9.]+-[0-9A-Za-z.]+\\.jar"),
                attr(content, "url"));
            Element resource = (Element) content.getParentNode();
            String bsn = attr(capabilityIn(resource, "osgi.identity"), "osgi.identity");
            assertTrue(attr(content, "url").startsWith("bundles/" + bsn + "-"), bsn);
        }
    }

    @Test
    void addReplacesTheSameVersionAndReloadReadsTheDirectory() throws IOException {
        withRealBundles();
        DirectoryRepository again = new DirectoryRepository(dir);
        assertEquals(3, again.list().size());
        again.add(TestJars.seed());
        assertEquals(3, again.list().size());
        assertEquals(List.of("org.rmcp.auth.memauth", "org.rmcp.cipher.seed", "org.rmcp.mac.hmacsha1"),
            again.list().stream().map(RepositoryBundle::bsn).toList());
    }

    @Test
    void jarLookupNamesOnlyListedFiles() throws IOException {
        DirectoryRepository repo = withRealBundles();
        String name = repo.find(AlgorithmType.EN_DEC, 4).orElseThrow().path().substring("bundles/".length());
        assertEquals(dir.resolve("bundles").resolve(name), repo.jar(name).orElseThrow());
        Files.writeString(dir.resolve("bundles/stray.txt"), "x");
        assertTrue(repo.jar("stray.txt").isEmpty());
        assertTrue(repo.jar("../index.xml").isEmpty());
        assertTrue(repo.index().isPresent());
    }

    @Test
    void nonBundlesAreRefusedOnAddAndSkippedOnReload(@TempDir Path tmp) throws IOException {
        DirectoryRepository repo = new DirectoryRepository(dir);
        Path plain = TestJars.bundle(tmp.resolve("plain.jar"), Map.of(), Map.of("a.txt", TestJars.utf8("a")));
        assertThrows(IOException.class, () -> repo.add(plain));
        Files.copy(plain, dir.resolve("bundles/plain.jar"));
        repo.reload();
        assertEquals(List.of(), repo.list());
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temp files left");
    }

    @Test
    void libraryBundleIsListedWithoutOffers(@TempDir Path tmp) throws IOException {
        DirectoryRepository repo = new DirectoryRepository(dir);
        RepositoryBundle lib = repo.add(TestJars.bundle(tmp.resolve("lib.jar"),
            Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "org.example.lib;singleton:=true",
                "Bundle-Version", "1.2"), Map.of("a.txt", TestJars.utf8("a"))));
        assertEquals("org.example.lib", lib.bsn());
        assertEquals("1.2.0", lib.version());
        assertEquals("bundles/org.example.lib-1.2.0.jar", lib.path());
        assertEquals(List.of(), lib.offers());
    }

    private static Element capability(Document doc, String namespace, String attr, String value) {
        NodeList caps = doc.getElementsByTagNameNS("*", "capability");
        for (int i = 0; i < caps.getLength(); i++) {
            Element c = (Element) caps.item(i);
            // bnd writes the hash in upper case; hex compares without case
            if (namespace.equals(c.getAttribute("namespace")) && value.equalsIgnoreCase(attr(c, attr))) {
                return c;
            }
        }
        throw new AssertionError("No " + namespace + " capability with " + attr + "=" + value);
    }

    private static Element capabilityIn(Element resource, String namespace) {
        NodeList caps = resource.getElementsByTagNameNS("*", "capability");
        for (int i = 0; i < caps.getLength(); i++) {
            if (namespace.equals(((Element) caps.item(i)).getAttribute("namespace"))) {
                return (Element) caps.item(i);
            }
        }
        throw new AssertionError("No " + namespace + " capability");
    }

    private static String attr(Element capability, String name) {
        NodeList attrs = capability.getElementsByTagNameNS("*", "attribute");
        for (int i = 0; i < attrs.getLength(); i++) {
            Element a = (Element) attrs.item(i);
            if (name.equals(a.getAttribute("name"))) {
                return a.getAttribute("value");
            }
        }
        throw new AssertionError("No attribute " + name);
    }
}

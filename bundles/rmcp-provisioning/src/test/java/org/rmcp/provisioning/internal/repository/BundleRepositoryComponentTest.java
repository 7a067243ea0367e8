package org.rmcp.provisioning.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.RepositoryEndpoint;
import org.rmcp.provisioning.ServerTls;
import org.rmcp.provisioning.internal.Proxies;
import org.rmcp.provisioning.internal.TestJars;
import org.rmcp.provisioning.internal.TestPki;

/** The SM repository DS component: directory choice, delegation, endpoints closed on deactivation. */
class BundleRepositoryComponentTest {
    @TempDir
    Path tmp;

    @Test
    void directoryDefaultsToKarafDataThenBundleData() {
        assertEquals(Path.of("/x/y"), BundleRepositoryComponent.directory(Proxies.context(Map.of(), tmp), " /x/y "));
        assertEquals(Path.of("/kd", "rmcp-repository"),
            BundleRepositoryComponent.directory(Proxies.context(Map.of("karaf.data", "/kd"), tmp), ""));
        assertEquals(tmp.resolve("rmcp-repository"),
            BundleRepositoryComponent.directory(Proxies.context(Map.of(), tmp), ""));
    }

    @Test
    void addsFindsAndClosesItsEndpointsOnDeactivate() throws IOException {
        BundleRepositoryComponent c = new BundleRepositoryComponent(Proxies.context(Map.of("karaf.data", tmp.toString()),
            tmp), Proxies.config(RepositoryConfig.class, Map.of()));
        c.add(TestJars.seed());
        assertTrue(Files.isRegularFile(tmp.resolve("rmcp-repository/index.xml")));
        assertEquals("org.rmcp.cipher.seed", c.find(AlgorithmType.EN_DEC, 4).orElseThrow().bsn());
        assertEquals(1, c.list().size());
        RepositoryEndpoint e = c.serve(new InetSocketAddress("127.0.0.1", 0),
            ServerTls.of(TestPki.serverContext(TestPki.server("127.0.0.1"))));
        int port = e.base().getPort();
        new Socket("127.0.0.1", port).close();
        c.deactivate();
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    }

    @Test
    void busyPortIsAnIoException() throws IOException {
        BundleRepositoryComponent c = new BundleRepositoryComponent(Proxies.context(Map.of(), tmp),
            Proxies.config(RepositoryConfig.class, Map.of("dir", tmp.resolve("r").toString())));
        ServerTls tls = ServerTls.of(TestPki.serverContext(TestPki.server("127.0.0.1")));
        try (RepositoryEndpoint first = c.serve(new InetSocketAddress("127.0.0.1", 0), tls)) {
            assertThrows(IOException.class, () -> c.serve(new InetSocketAddress("127.0.0.1", first.base().getPort()), tls));
        }
        c.deactivate();
    }
}

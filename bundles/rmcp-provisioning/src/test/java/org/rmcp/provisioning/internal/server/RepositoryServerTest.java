package org.rmcp.provisioning.internal.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.ServerTls;
import org.rmcp.provisioning.internal.TestJars;
import org.rmcp.provisioning.internal.TestPki;
import org.rmcp.provisioning.internal.repository.DirectoryRepository;

/** The repository's HTTPS endpoint: index and listed jars only, 404 for anything else. */
class RepositoryServerTest {
    @TempDir
    static Path dir;
    static DirectoryRepository repo;
    static RepositoryServer server;
    static SSLContext client;
    static String seedPath;

    @BeforeAll
    static void start() throws IOException {
        repo = new DirectoryRepository(dir);
        repo.add(TestJars.seed());
        seedPath = "/" + repo.find(AlgorithmType.EN_DEC, 4).orElseThrow().path();
        TestPki.Identity id = TestPki.server("127.0.0.1");
        server = RepositoryServer.start(repo, new InetSocketAddress("127.0.0.1", 0),
            ServerTls.of(TestPki.serverContext(id)));
        client = TestPki.jdkClientContext(id.cert());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Response of one raw request line: status code and body. */
    private record Response(int status, byte[] body) {
    }

    private static Response request(String line) throws IOException {
        try (SSLSocket s = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", server.base().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] all = readAll(s.getInputStream());
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int headerEnd = text.indexOf("\r\n\r\n");
            int status = Integer.parseInt(text.substring(9, 12));
            return new Response(status, Arrays.copyOfRange(all, headerEnd + 4, all.length));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    @Test
    void baseNamesTheBoundAddress() {
        assertEquals("https", server.base().getScheme());
        assertEquals("127.0.0.1", server.base().getHost());
        assertEquals("/", server.base().getPath());
    }

    @Test
    void servesTheIndex() throws IOException {
        Response r = request("GET /index.xml HTTP/1.1");
        assertEquals(200, r.status());
        assertArrayEquals(Files.readAllBytes(dir.resolve("index.xml")), r.body());
    }

    @Test
    void servesAListedJarByteForByte() throws IOException {
        Response r = request("GET " + seedPath + " HTTP/1.1");
        assertEquals(200, r.status());
        assertArrayEquals(Files.readAllBytes(TestJars.seed()), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/bundles/", "/bundles/missing.jar", "/bundles/../index.xml", "/../index.xml",
        "/bundles/..%2Findex.xml", "/bundles/%2e%2e/index.xml", "/index.xml?x=1", "/INDEX.XML", "//index.xml",
        "/bundles/../../../../etc/passwd", "/bundles/x.jar/../../index.xml", "/bundles/stray.txt"})
    void anythingElseIs404(String path) throws IOException {
        Files.writeString(dir.resolve("bundles/stray.txt"), "x");
        assertEquals(404, request("GET " + path + " HTTP/1.1").status(), path);
    }

    @Test
    void otherMethodsAre405() throws IOException {
        assertEquals(405, request("POST /index.xml HTTP/1.1").status());
        assertEquals(405, request("DELETE " + seedPath + " HTTP/1.1").status());
    }

    @Test
    void plaintextIsNotServed() throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.base().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("GET /index.xml HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new String(readAll(s.getInputStream()), StandardCharsets.ISO_8859_1);
            assertTrue(!answer.contains("HTTP/1.1 200") && !answer.contains("<repository"), answer);
        } catch (IOException e) {
            // a reset is as good as a closed connection
        }
    }

    @Test
    void untrustedServerCertificateFailsTheHandshake() {
        SSLContext other = TestPki.jdkClientContext(TestPki.server("127.0.0.1").cert());
        assertThrows(IOException.class, () -> {
            try (SSLSocket s = (SSLSocket) other.getSocketFactory().createSocket("127.0.0.1", server.base().getPort())) {
                s.startHandshake();
            }
        });
    }
}

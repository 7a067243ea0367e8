package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rmcp.transport.Fixtures.KEY_A;
import static org.rmcp.transport.Fixtures.KEY_B;
import static org.rmcp.transport.Fixtures.take;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rmcp.transport.TlsConfig.Version;

/**
 * Interoperability of the SM's TLS_PSK endpoint with the real OpenSSL client
 * ({@code openssl s_client -psk}), TLS 1.2 (RFC 4279/5489 suites) and TLS 1.3 (external PSK),
 * and KTLS against OpenSSL's own RFC 5705 exporter ({@code -keymatexport}).
 */
class OpensslInteropTest {
    private static final String OPENSSL = "/usr/bin/openssl";
    private static final Pattern KEYING = Pattern.compile("Keying material: ([0-9A-Fa-f]+)");
    private Fixtures.Harness sm;

    @BeforeAll
    static void needsOpenssl() {
        assumeTrue(new File(OPENSSL).canExecute(), "no openssl binary at " + OPENSSL);
    }

    @BeforeEach
    void start() throws Exception {
        sm = new Fixtures.Harness(Fixtures.pskServer(Version.TLS_1_2, Version.TLS_1_3));
    }

    @AfterEach
    void stop() {
        sm.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-tls1_2", "-tls1_3"})
    void opensslClientIsAdmittedAndExportsTheSameKtls(String version) throws Exception {
        Result r = sClient(version, "dma-1", KEY_A);
        assertEquals(0, r.exit, r.output);
        String proto = version.equals("-tls1_3") ? "TLSv1.3" : "TLSv1.2";
        // OpenSSL reports a TLS 1.3 PSK handshake as "Reused"
        assertTrue(Pattern.compile("(New|Reused), " + proto + ", Cipher is \\S+").matcher(r.output).find(), r.output);
        assertTrue(r.output.contains("Verify return code: 0 (ok)"), r.output);
        ControlChannel ch = take(sm.admitted);
        assertEquals("dma-1", ch.peerIdentity());
        assertTrue(ch.tlsSession().startsWith(proto), ch.tlsSession());
        Matcher m = KEYING.matcher(r.output);
        assertTrue(m.find(), r.output);
        assertEquals(HexFormat.of().formatHex(ch.ktls()), m.group(1).toLowerCase(Locale.ROOT));
    }

    /** RFC 5489 ECDHE_PSK, RFC 4279/5487 DHE_PSK and plain PSK suites, one at a time. */
    @ParameterizedTest
    @ValueSource(strings = {"ECDHE-PSK-AES128-CBC-SHA256", "DHE-PSK-AES128-GCM-SHA256", "PSK-AES128-GCM-SHA256"})
    void eachTls12PskSuiteInteroperates(String cipher) throws Exception {
        Result r = sClient("-tls1_2", "rma-7", KEY_B, "-cipher", cipher);
        assertEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("Cipher is " + cipher), r.output);
        ControlChannel ch = take(sm.admitted);
        assertEquals("rma-7", ch.peerIdentity());
        Matcher m = KEYING.matcher(r.output);
        assertTrue(m.find(), r.output);
        assertEquals(HexFormat.of().formatHex(ch.ktls()), m.group(1).toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-tls1_2", "-tls1_3"})
    void opensslClientWithWrongKeyIsRefused(String version) throws Exception {
        Result r = sClient(version, "dma-1", KEY_B);
        assertNotEquals(0, r.exit, r.output);
        assertTrue(sm.admitted.isEmpty());
        assertTrue(sm.server.channels().isEmpty());
    }

    private record Result(int exit, String output) {
    }

    private Result sClient(String version, String identity, byte[] key, String... extra) throws Exception {
        Path out = Files.createTempFile("s_client", ".txt");
        List<String> cmd = new ArrayList<>(List.of(OPENSSL, "s_client", version, "-connect",
                "127.0.0.1:" + sm.address().getPort(), "-psk_identity", identity, "-psk", HexFormat.of().formatHex(key),
                "-keymatexport", "EXPORTER-RMCP2-KTLS", "-keymatexportlen", "32"));
        cmd.addAll(List.of(extra));
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(Fixtures.WAIT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("openssl s_client did not finish: " + Files.readString(out));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}

package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rmcp.testkit.TestPki;
import org.junit.jupiter.api.io.TempDir;

/** TLS_CERT credentials read from PEM files (chain, trust anchors, PKCS#8 key). */
class PemFilesTest {
    @TempDir
    Path dir;

    private static String pem(String type, byte[] der) {
        return TestPki.pem(type, der);
    }

    @Test
    void aChainAndItsKeyReadBackAsWritten() throws Exception {
        TestPki.Entity ca = TestPki.ca("ca");
        KeyPair keys = TestPki.ec();
        TestPki.Entity leaf = TestPki.leaf("sm", ca, keys);
        Path chain = Files.writeString(dir.resolve("chain.pem"),
            pem("CERTIFICATE", leaf.cert().getEncoded()) + pem("CERTIFICATE", ca.cert().getEncoded()));
        Path key = Files.writeString(dir.resolve("key.pem"), "comment line\n" + pem("PRIVATE KEY",
            keys.getPrivate().getEncoded()));

        List<X509Certificate> certs = PemFiles.certificates(chain);
        assertEquals(List.of(leaf.cert(), ca.cert()), certs);
        assertArrayEquals(keys.getPrivate().getEncoded(), PemFiles.privateKey(key).getEncoded());
        TlsConfig.cert().identity(PemFiles.privateKey(key), certs.toArray(X509Certificate[]::new))
            .trust(ca.cert()).build();
    }

    @Test
    void anRsaKeyIsReadToo() throws Exception {
        KeyPair keys = TestPki.rsa();
        Path key = Files.writeString(dir.resolve("rsa.pem"), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        assertEquals("RSA", PemFiles.privateKey(key).getAlgorithm());
    }

    @Test
    void wrongFilesAreRefusedNamingTheFile() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "nothing here\n");
        IOException e = assertThrows(IOException.class, () -> PemFiles.privateKey(empty));
        assertTrue(e.getMessage().contains("empty.pem"), e.getMessage());
        assertThrows(IOException.class, () -> PemFiles.certificates(empty));
        Path rsaLegacy = Files.writeString(dir.resolve("legacy.pem"), pem("RSA PRIVATE KEY", new byte[] {1, 2, 3}));
        assertThrows(IOException.class, () -> PemFiles.privateKey(rsaLegacy));
    }
}

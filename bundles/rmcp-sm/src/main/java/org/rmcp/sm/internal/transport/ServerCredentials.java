package org.rmcp.sm.internal.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.transport.PemFiles;
import org.rmcp.transport.PskFile;
import org.rmcp.transport.TlsConfig;

/**
 * The SM's side of TLS admission for one session (X.603.1 Amd.1 10.1.1.1) from its settings:
 * TLS_PSK from {@code pskFile} ({@link PskFile}), or TLS_CERT from PEM {@code certFile} (chain,
 * leaf first), {@code keyFile} (PKCS#8) and {@code trustFile} (the CAs of admitted MAs). The same
 * configuration protects the session's algorithm repository.
 */
public final class ServerCredentials {
    private ServerCredentials() {
    }

    /**
     * @return the server configuration
     * @throws IOException naming the setting or file that is missing or wrong (never key bytes)
     */
    public static TlsConfig load(String session, TransportSettings t) throws IOException {
        if (TransportSettings.PSK.equals(t.tlsMode())) {
            PskFile psk = PskFile.load(path(session, "pskFile", t.pskFile()), t.pskIdentity());
            return TlsConfig.psk().pskStore(psk).build();
        }
        X509Certificate[] chain = PemFiles.certificates(path(session, "certFile", t.certFile()))
            .toArray(X509Certificate[]::new);
        X509Certificate[] trust = PemFiles.certificates(path(session, "trustFile", t.trustFile()))
            .toArray(X509Certificate[]::new);
        try {
            return TlsConfig.cert().identity(PemFiles.privateKey(path(session, "keyFile", t.keyFile())), chain)
                .trust(trust).build();
        } catch (IllegalArgumentException e) {
            throw new IOException("session " + session + ": " + e.getMessage(), e);
        }
    }

    private static Path path(String session, String setting, String value) throws IOException {
        if (value == null || value.isBlank()) {
            throw new IOException("session " + session + ": no " + setting + " configured");
        }
        return Path.of(value.trim());
    }
}

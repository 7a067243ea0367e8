package org.rmcp.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TLS_CERT credentials (X.603.1 Amd.1 10.1.1.1) from PEM files, as operators keep them in
 * {@code etc/}: certificates (a chain, leaf first, or trust anchors) and an unencrypted PKCS#8
 * private key ({@code -----BEGIN PRIVATE KEY-----}, what {@code openssl genpkey} writes), EC or
 * RSA. Errors name the file, never key bytes.
 *
 * @since 1.1
 */
public final class PemFiles {
    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private PemFiles() {
    }

    /**
     * @return the certificates of the file, in file order
     * @throws IOException if unreadable, or holding no certificate
     */
    public static List<X509Certificate> certificates(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> out = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .forEach(c -> out.add((X509Certificate) c));
            if (out.isEmpty()) {
                throw new IOException(file + " holds no certificate");
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException(file + ": not PEM certificates (" + e.getMessage() + ")", e);
        }
    }

    /**
     * @return the private key of the file
     * @throws IOException if unreadable, not an unencrypted PKCS#8 PEM key, or neither EC nor RSA
     */
    public static PrivateKey privateKey(Path file) throws IOException {
        Matcher m = PKCS8.matcher(Files.readString(file, StandardCharsets.US_ASCII));
        if (!m.find()) {
            throw new IOException(file + ": no '-----BEGIN PRIVATE KEY-----' block (unencrypted PKCS#8 expected)");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": the private key is not Base64");
        }
        for (String alg : new String[] {"EC", "RSA", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IOException(file + ": the private key is neither EC nor RSA");
    }
}

package org.rmcp.testkit;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test certificates made on the fly with bcpkix: a CA and leaves it signs (TLS_CERT admission,
 * X.603.1 Amd.1 10.1.1.1), and PEM files of them as operators keep them in {@code etc/}.
 */
public final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(1);

    /** A key pair with its certificate. */
    public record Entity(KeyPair keys, X509Certificate cert) {
        /** @return the private key */
        public PrivateKey key() {
            return keys.getPrivate();
        }
    }

    private TestPki() {
    }

    /** @return a new P-256 key pair */
    public static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    /** @return a new RSA-2048 key pair */
    public static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    /** @return a self-signed EC CA named {@code CN=name} */
    public static Entity ca(String name) throws Exception {
        KeyPair k = ec();
        return new Entity(k, cert("CN=" + name, k.getPublic(), "CN=" + name, k.getPrivate(), true));
    }

    /** @return a leaf {@code CN=name,O=RMCP} for {@code keys}, signed by {@code issuer} */
    public static Entity leaf(String name, Entity issuer, KeyPair keys) throws Exception {
        return new Entity(keys, cert("CN=" + name + ",O=RMCP", keys.getPublic(),
                issuer.cert().getSubjectX500Principal().getName(), issuer.key(), false));
    }

    private static X509Certificate cert(String subject, PublicKey pub, String issuer, PrivateKey signer, boolean ca)
            throws Exception {
        long now = System.currentTimeMillis();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(SERIAL.getAndIncrement()), new Date(now - 60_000), new Date(now + 86_400_000L),
                new X500Name(subject), pub);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true,
                new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
        String alg = "EC".equals(signer.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(alg).build(signer)));
    }

    /** @return {@code der} as one PEM block of {@code type} (e.g. CERTIFICATE, PRIVATE KEY) */
    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
            + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** Writes {@code certs} as PEM to {@code file}. */
    public static java.nio.file.Path writeCertificates(java.nio.file.Path file, X509Certificate... certs)
            throws java.io.IOException, java.security.cert.CertificateEncodingException {
        StringBuilder b = new StringBuilder();
        for (X509Certificate c : certs) {
            b.append(pem("CERTIFICATE", c.getEncoded()));
        }
        return java.nio.file.Files.writeString(file, b.toString());
    }

    /** Writes {@code key} as an unencrypted PKCS#8 PEM to {@code file}. */
    public static java.nio.file.Path writeKey(java.nio.file.Path file, PrivateKey key) throws java.io.IOException {
        return java.nio.file.Files.writeString(file, pem("PRIVATE KEY", key.getEncoded()));
    }
}

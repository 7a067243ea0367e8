package org.rmcp.provisioning.internal;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test certificates made with bcpkix: bundle signers (self-signed or issued by a test CA) and a
 * TLS server certificate for 127.0.0.1, so nothing is read from disk.
 */
public final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    private TestPki() {
    }

    /** A private key and its chain, end entity first. */
    public record Identity(PrivateKey key, List<X509Certificate> chain) {
        /** @return the end-entity certificate */
        public X509Certificate cert() {
            return chain.get(0);
        }
    }

    /** @return a self-signed signing identity */
    public static Identity selfSigned(String cn) {
        KeyPair kp = rsa();
        return new Identity(kp.getPrivate(), List.of(cert(cn, kp, cn, kp.getPrivate(), false, null, 365)));
    }

    /** @return a CA (self-signed, basicConstraints CA) */
    public static Identity ca(String cn) {
        KeyPair kp = rsa();
        return new Identity(kp.getPrivate(), List.of(cert(cn, kp, cn, kp.getPrivate(), true, null, 365)));
    }

    /** @return an identity issued by {@code ca}; its chain ends in the CA certificate */
    public static Identity issued(String cn, Identity ca, int days) {
        KeyPair kp = rsa();
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(cert(cn, kp, ca.cert().getSubjectX500Principal().getName(), ca.key(), false, null, days));
        chain.addAll(ca.chain());
        return new Identity(kp.getPrivate(), List.copyOf(chain));
    }

    /** @return a self-signed server identity for {@code ip} (subjectAltName iPAddress) */
    public static Identity server(String ip) {
        KeyPair kp = rsa();
        return new Identity(kp.getPrivate(), List.of(cert("CN=" + ip, kp, "CN=" + ip, kp.getPrivate(), false, ip, 365)));
    }

    /** @return a JDK-provider server context */
    public static SslContext serverContext(Identity id) {
        try {
            return SslContextBuilder.forServer(id.key(), id.chain().toArray(new X509Certificate[0]))
                .sslProvider(SslProvider.JDK).build();
        } catch (SSLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a JDK-provider client context trusting only {@code trusted} */
    public static SslContext clientContext(X509Certificate trusted) {
        try {
            return SslContextBuilder.forClient().trustManager(trusted).sslProvider(SslProvider.JDK).build();
        } catch (SSLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a plain JSSE client context trusting only {@code trusted}, for raw-socket tests */
    public static SSLContext jdkClientContext(X509Certificate trusted) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setCertificateEntry("server", trusted);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate cert(String subject, KeyPair subjectKeys, String issuer, PrivateKey issuerKey,
            boolean ca, String ip, int days) {
        Instant now = Instant.now();
        String s = subject.startsWith("CN=") ? subject : "CN=" + subject;
        String i = issuer.startsWith("CN=") ? issuer : "CN=" + issuer;
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(i),
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(days))), new X500Name(s), subjectKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, ca ? new BasicConstraints(0) : new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            if (ip != null) {
                b.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, ip)));
            }
            return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

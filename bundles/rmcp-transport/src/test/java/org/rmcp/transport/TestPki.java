package org.rmcp.transport;

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

/** Test certificates made on the fly with bcpkix: a CA and leaves it signs. */
final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(1);

    /** A key pair with its certificate. */
    record Entity(KeyPair keys, X509Certificate cert) {
        PrivateKey key() {
            return keys.getPrivate();
        }
    }

    private TestPki() {
    }

    static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    static Entity ca(String name) throws Exception {
        KeyPair k = ec();
        return new Entity(k, cert("CN=" + name, k.getPublic(), "CN=" + name, k.getPrivate(), true));
    }

    static Entity leaf(String name, Entity issuer, KeyPair keys) throws Exception {
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
}

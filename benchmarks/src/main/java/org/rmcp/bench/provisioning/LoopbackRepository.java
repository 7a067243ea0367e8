package org.rmcp.bench.provisioning;

import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ServerTls;
import org.rmcp.provisioning.TrustConfig;
import org.rmcp.provisioning.internal.repository.DirectoryRepository;
import org.rmcp.provisioning.internal.server.RepositoryServer;
import org.rmcp.transport.TlsConfig;
import org.rmcp.transport.TlsStreams;
import org.rmcp.transport.TransportOptions;

/**
 * The SM side of the harness: the real algorithm repository ({@link DirectoryRepository}, R5
 * index) served by {@link RepositoryServer} over HTTPS on 127.0.0.1, in one of two TLS set-ups
 * ({@link Tls}); the MA's {@link #trust()} matches it. Keys stay in memory and are never printed.
 */
final class LoopbackRepository implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    private static final String PSK_IDENTITY = "bench-ma";

    /** How the repository connection is protected. */
    enum Tls {
        /** JDK-provider Netty {@code SslContext}, fresh self-signed RSA-2048 certificate for 127.0.0.1. */
        JDK,
        /**
         * Bouncy Castle TLS_PSK through {@code TlsStreams} with a random 32-byte PSK: what an SM
         * session does since it serves the repository with its admission TLS ({@code SessionComponent}).
         */
        PSK
    }

    private final DirectoryRepository repository;
    private final RepositoryServer server;
    private final TrustConfig trust;

    private LoopbackRepository(DirectoryRepository repository, RepositoryServer server, TrustConfig trust) {
        this.repository = repository;
        this.server = server;
        this.trust = trust;
    }

    /** Creates the repository in {@code dir}, adds {@code jar} and serves it with {@code tls}. */
    static LoopbackRepository start(Path dir, Path jar, Tls tls) throws IOException, GeneralSecurityException {
        DirectoryRepository repo = new DirectoryRepository(dir);
        repo.add(jar);
        ServerTls serverTls;
        TrustConfig trust;
        if (tls == Tls.JDK) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair kp = g.generateKeyPair();
            X509Certificate cert = selfSigned(kp);
            serverTls = ServerTls.of(SslContextBuilder.forServer(kp.getPrivate(), cert).sslProvider(SslProvider.JDK)
                .build());
            trust = TrustConfig.of(SslContextBuilder.forClient().trustManager(cert).sslProvider(SslProvider.JDK)
                .build());
        } else {
            byte[] psk = new byte[32];
            new SecureRandom().nextBytes(psk);
            byte[] serverPsk = psk.clone();
            TlsStreams server = TlsStreams.server(TlsConfig.psk()
                .pskStore(id -> PSK_IDENTITY.equals(id) ? serverPsk.clone() : null).build(),
                TransportOptions.defaults());
            TlsStreams client = TlsStreams.client(TlsConfig.psk().pskIdentity(PSK_IDENTITY, psk).build(),
                TransportOptions.defaults());
            serverTls = channel -> server.newHandler();
            trust = (channel, host, port) -> client.newHandler();
        }
        RepositoryServer s = RepositoryServer.start(repo, new InetSocketAddress(HOST, 0), serverTls);
        return new LoopbackRepository(repo, s, trust);
    }

    private static X509Certificate selfSigned(KeyPair kp) throws GeneralSecurityException {
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=" + HOST);
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))), name,
                kp.getPublic());
            b.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, HOST)));
            return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot make the repository's TLS certificate", e);
        }
    }

    /** What the SM puts in SECMODULE for a SECALGREQ of {@code code} in {@code type}'s table. */
    Offer offer(AlgorithmType type, int code) {
        return repository.find(type, code)
            .orElseThrow(() -> new IllegalStateException("The repository offers no " + type + " " + code));
    }

    /** @return the repository base URI the SM advertises in SECMODULE */
    URI base() {
        return server.base();
    }

    /** @return the MA's TLS trust of the repository connection */
    TrustConfig trust() {
        return trust;
    }

    @Override
    public void close() {
        server.close();
    }
}

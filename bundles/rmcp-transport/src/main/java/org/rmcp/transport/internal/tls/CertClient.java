package org.rmcp.transport.internal.tls;

import java.io.IOException;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.rmcp.transport.TlsConfig;

/** The MA side of TLS_CERT (X.603.1 Amd.1 10.1.1.1): checks the SM's chain, answers its certificate request. */
final class CertClient extends DefaultTlsClient implements PeerSession {
    private volatile HandshakeResult result;
    private final BcTlsCrypto crypto;
    private final TlsConfig config;
    private final CertVerifier verifier;
    private volatile String identity;

    CertClient(BcTlsCrypto crypto, TlsConfig config) {
        super(crypto);
        this.crypto = crypto;
        this.config = config;
        this.verifier = new CertVerifier(config.trusted());
    }

    @Override
    public TlsProtocol begin() throws IOException {
        TlsClientProtocol p = new TlsClientProtocol();
        p.connect(this);
        return p;
    }

    @Override
    public TlsContext context() {
        return context;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        result = HandshakeResult.of(context);
    }

    @Override
    public HandshakeResult result() {
        return result;
    }

    @Override
    public String peerIdentity() {
        return identity;
    }

    @Override
    public String claimedIdentity() {
        return identity;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return Suites.versions(config.versions());
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        int[] tls12 = new int[Suites.TLS12_ECDSA.length + Suites.TLS12_RSA.length];
        System.arraycopy(Suites.TLS12_ECDSA, 0, tls12, 0, Suites.TLS12_ECDSA.length);
        System.arraycopy(Suites.TLS12_RSA, 0, tls12, Suites.TLS12_ECDSA.length, Suites.TLS12_RSA.length);
        return TlsUtils.getSupportedCipherSuites(getCrypto(), Suites.select(config.versions(), Suites.TLS13, tls12));
    }

    @Override
    public boolean requiresExtendedMasterSecret() {
        return true;
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                identity = verifier.verify(serverCertificate.getCertificate(), TlsUtils.isTLSv13(context));
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                if (config.privateKey() == null) {
                    return null; // sends an empty Certificate: the SM refuses it
                }
                return Signers.signer(context, crypto, config, request.getSupportedSignatureAlgorithms(),
                        request.getCertificateRequestContext());
            }
        };
    }
}

package org.rmcp.transport.internal.tls;

import java.io.IOException;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.rmcp.transport.TlsConfig;

/** The SM side of TLS_CERT (X.603.1 Amd.1 10.1.1.1): signs with its key, requires and checks a client certificate. */
final class CertServer extends DefaultTlsServer implements PeerSession {
    private volatile HandshakeResult result;
    private final BcTlsCrypto crypto;
    private final TlsConfig config;
    private final CertVerifier verifier;
    private volatile String identity;

    CertServer(BcTlsCrypto crypto, TlsConfig config) {
        super(crypto);
        this.crypto = crypto;
        this.config = config;
        this.verifier = new CertVerifier(config.trusted());
    }

    @Override
    public TlsProtocol begin() throws IOException {
        TlsServerProtocol p = new TlsServerProtocol();
        p.accept(this);
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
        return TlsUtils.getSupportedCipherSuites(getCrypto(), Suites.select(config.versions(), Suites.TLS13,
                Signers.isEc(config) ? Suites.TLS12_ECDSA : Suites.TLS12_RSA));
    }

    @Override
    public boolean requiresExtendedMasterSecret() {
        return true;
    }

    @Override
    public TlsCredentials getCredentials() throws IOException {
        TlsCredentialedSigner s = Signers.signer(context, crypto, config,
                context.getSecurityParametersHandshake().getClientSigAlgs(), TlsUtils.EMPTY_BYTES);
        if (s == null) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "client accepts no signature scheme of our key");
        }
        return s;
    }

    @Override
    public CertificateRequest getCertificateRequest() throws IOException {
        Vector<?> sigAlgs = TlsUtils.getDefaultSupportedSignatureAlgorithms(context);
        if (TlsUtils.isTLSv13(context)) {
            return new CertificateRequest(TlsUtils.EMPTY_BYTES, sigAlgs, null, null);
        }
        return new CertificateRequest(new short[] {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign},
                sigAlgs, null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        identity = verifier.verify(clientCertificate, TlsUtils.isTLSv13(context));
    }
}

package org.rmcp.transport.internal.tls;

import java.io.IOException;
import java.util.Vector;
import org.bouncycastle.tls.BasicTlsPSKExternal;
import org.bouncycastle.tls.PSKTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsPSKIdentity;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCrypto;
import org.rmcp.transport.TlsConfig;

/** The MA side of TLS_PSK (X.603.1 Amd.1 10.1.1.1): offers a TLS 1.3 external PSK and the TLS 1.2 PSK suites. */
final class PskClient extends PSKTlsClient implements PeerSession {
    private volatile HandshakeResult result;
    private final TlsConfig config;
    private final byte[] identity;

    PskClient(TlsCrypto crypto, TlsConfig config) {
        super(crypto, new Identity(Identities.encode(config.pskIdentity()), config));
        this.config = config;
        this.identity = Identities.encode(config.pskIdentity());
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
        return config.pskIdentity();
    }

    @Override
    public String claimedIdentity() {
        return config.pskIdentity();
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return Suites.versions(config.versions());
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsUtils.getSupportedCipherSuites(getCrypto(),
                Suites.select(config.versions(), Suites.TLS13_PSK, Suites.TLS12_PSK));
    }

    @Override
    public boolean requiresExtendedMasterSecret() {
        return true;
    }

    @Override
    @SuppressWarnings("rawtypes") // BC's signature
    public Vector getExternalPSKs() {
        if (!config.versions().contains(TlsConfig.Version.TLS_1_3)) {
            return null;
        }
        Vector<Object> psks = new Vector<>();
        psks.add(new BasicTlsPSKExternal(identity, getCrypto().createSecret(config.pskKey())));
        return psks;
    }

    /** TLS 1.2 identity; hands BC a fresh copy of the key each time, as BC zeroes it after use. */
    private static final class Identity implements TlsPSKIdentity {
        private final byte[] id;
        private final TlsConfig config;

        Identity(byte[] id, TlsConfig config) {
            this.id = id;
            this.config = config;
        }

        @Override
        public void skipIdentityHint() {
        }

        @Override
        public void notifyIdentityHint(byte[] hint) {
        }

        @Override
        public byte[] getPSKIdentity() {
            return id.clone();
        }

        @Override
        public byte[] getPSK() {
            return config.pskKey();
        }
    }
}

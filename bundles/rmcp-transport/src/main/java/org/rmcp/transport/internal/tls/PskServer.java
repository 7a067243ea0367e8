package org.rmcp.transport.internal.tls;

import java.io.IOException;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.BasicTlsPSKExternal;
import org.bouncycastle.tls.PSKTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.PskIdentity;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsPSKExternal;
import org.bouncycastle.tls.TlsPSKIdentityManager;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCrypto;
import org.rmcp.transport.PskStore;
import org.rmcp.transport.TlsConfig;

/**
 * The SM side of TLS_PSK (X.603.1 Amd.1 10.1.1.1): RFC 4279/5489 suites in TLS 1.2 and an
 * external PSK (psk_dhe_ke) in TLS 1.3, keys from the {@link PskStore}.
 */
final class PskServer extends PSKTlsServer implements PeerSession {
    private volatile HandshakeResult result;
    private final PskStore store;
    private final TlsConfig config;
    private volatile String claimed;
    private volatile String selected;

    PskServer(TlsCrypto crypto, TlsConfig config) {
        super(crypto, null);
        this.store = config.pskStore();
        this.config = config;
        this.pskIdentityManager = new Manager();
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
        return selected;
    }

    @Override
    public String claimedIdentity() {
        return claimed;
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
    protected boolean preferLocalCipherSuites() {
        return true;
    }

    @Override
    public boolean requiresExtendedMasterSecret() {
        return true; // RFC 7627 5.4: the KTLS exporter needs it in TLS 1.2
    }

    @Override
    @SuppressWarnings("rawtypes") // BC's signature
    public TlsPSKExternal getExternalPSK(Vector identities) {
        for (Object o : identities) {
            byte[] id = ((PskIdentity) o).getIdentity();
            if (claimed == null) {
                claimed = Identities.printable(id);
            }
            byte[] key = Identities.lookup(store, id);
            if (key != null) {
                selected = Identities.printable(id);
                claimed = selected;
                return new BasicTlsPSKExternal(id, getCrypto().createSecret(key));
            }
        }
        return null;
    }

    @Override
    public TlsCredentials getCredentials() throws IOException {
        if (TlsUtils.isTLSv13(context)) {
            // reached only when no offered external PSK matched: a PSK-only server has no certificate
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "no known TLS 1.3 external PSK offered");
        }
        return super.getCredentials();
    }

    /** TLS 1.2 PSK identities (RFC 4279 5.1: no hint). */
    private final class Manager implements TlsPSKIdentityManager {
        @Override
        public byte[] getHint() {
            return null;
        }

        @Override
        public byte[] getPSK(byte[] identity) {
            claimed = Identities.printable(identity);
            byte[] key = Identities.lookup(store, identity);
            if (key != null) {
                selected = claimed;
            }
            return key;
        }
    }
}

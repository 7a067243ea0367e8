package org.rmcp.transport.internal.tls;

import java.security.SecureRandom;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.rmcp.transport.TlsConfig;

/** Makes a fresh BC peer per connection for a {@link TlsConfig}, on BC's lightweight crypto (no JCA provider needed). */
public final class Peers {
    private final BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
    private final TlsConfig config;

    /**
     * @throws IllegalArgumentException if the configuration lacks the part a side needs (checked
     *     by {@link #checkServer()} and {@link #checkClient()})
     */
    public Peers(TlsConfig config) {
        this.config = config;
    }

    /** Fails early if the configuration cannot act as a server. */
    public Peers checkServer() {
        if (config.mode() == TlsConfig.Mode.PSK && config.pskStore() == null) {
            throw new IllegalArgumentException("PSK server needs a PskStore");
        }
        if (config.mode() == TlsConfig.Mode.CERT && config.privateKey() == null) {
            throw new IllegalArgumentException("CERT server needs its own key and certificate");
        }
        return this;
    }

    /** Fails early if the configuration cannot act as a client. */
    public Peers checkClient() {
        if (config.mode() == TlsConfig.Mode.PSK && config.pskIdentity() == null) {
            throw new IllegalArgumentException("PSK client needs an identity and key");
        }
        return this;
    }

    /** @return a new server-side peer */
    public PeerSession server() {
        return config.mode() == TlsConfig.Mode.PSK ? new PskServer(crypto, config) : new CertServer(crypto, config);
    }

    /** @return a new client-side peer */
    public PeerSession client() {
        return config.mode() == TlsConfig.Mode.PSK ? new PskClient(crypto, config) : new CertClient(crypto, config);
    }
}

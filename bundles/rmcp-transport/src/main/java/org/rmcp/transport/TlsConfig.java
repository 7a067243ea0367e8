package org.rmcp.transport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a node authenticates in TLS admission (X.603.1 Amd.1 10.1.1.1): {@link Mode#PSK}
 * (TLS_PSK, RFC 4279) or {@link Mode#CERT} (TLS_CERT, mutual X.509 certificates).
 *
 * <ul>
 * <li>PSK, server side: a {@link PskStore}; TLS 1.2 offers the RFC 5489/4279 suites
 * (ECDHE_PSK, DHE_PSK, then plain PSK), TLS 1.3 accepts an external PSK (RFC 8446 2.2,
 * psk_dhe_ke, SHA-256 suites).</li>
 * <li>PSK, client side: one identity and its key.</li>
 * <li>CERT: the node's own private key (EC P-256 or RSA) and certificate chain, and the CA
 * certificates trusted for the peer. The server always requires a client certificate.</li>
 * </ul>
 * A configuration may carry both the server and the client parts of its mode.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows no key material.
 *
 * @since 1.0
 */
public final class TlsConfig {
    /** Shortest pre-shared key accepted, in bytes (128 bits). Our choice. */
    public static final int MIN_PSK_LENGTH = 16;
    /** Longest PSK identity, in UTF-8 bytes (RFC 4279 5.3 recommends up to 128). */
    public static final int MAX_PSK_IDENTITY_LENGTH = 128;

    /** The TLS mode of admission control. */
    public enum Mode {
        /** TLS_PSK: pre-shared key (RFC 4279; TLS 1.3 external PSK). */
        PSK,
        /** TLS_CERT: mutual authentication with X.509 certificates. */
        CERT
    }

    /** Protocol versions a node may negotiate. */
    public enum Version {
        /** TLS 1.2, RFC 5246. */
        TLS_1_2,
        /** TLS 1.3, RFC 8446. */
        TLS_1_3
    }

    private final Mode mode;
    private final Set<Version> versions;
    private final PskStore pskStore;
    private final String pskIdentity;
    private final byte[] pskKey;
    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final List<X509Certificate> trusted;

    private TlsConfig(Builder b) {
        this.mode = b.mode;
        this.versions = Collections.unmodifiableSet(EnumSet.copyOf(b.versions));
        this.pskStore = b.pskStore;
        this.pskIdentity = b.pskIdentity;
        this.pskKey = b.pskKey;
        this.privateKey = b.privateKey;
        this.chain = List.copyOf(b.chain);
        this.trusted = List.copyOf(b.trusted);
    }

    /** @return a builder for TLS_PSK */
    public static Builder psk() {
        return new Builder(Mode.PSK);
    }

    /** @return a builder for TLS_CERT */
    public static Builder cert() {
        return new Builder(Mode.CERT);
    }

    /** @return the mode */
    public Mode mode() {
        return mode;
    }

    /** @return the versions this node offers or accepts (default both) */
    public Set<Version> versions() {
        return versions;
    }

    /** @return the server's PSK table, or {@code null} */
    public PskStore pskStore() {
        return pskStore;
    }

    /** @return the client's PSK identity, or {@code null} */
    public String pskIdentity() {
        return pskIdentity;
    }

    /** @return a copy of the client's PSK, or {@code null} */
    public byte[] pskKey() {
        return pskKey == null ? null : pskKey.clone();
    }

    /** @return the own private key (CERT), or {@code null} */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** @return the own certificate chain, leaf first (CERT); empty if none */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** @return the CA certificates trusted for the peer's chain (CERT); empty if none */
    public List<X509Certificate> trusted() {
        return trusted;
    }

    @Override
    public String toString() {
        return "TlsConfig[" + mode + ", " + versions + (pskStore != null ? ", psk store" : "")
                + (pskIdentity != null ? ", identity '" + pskIdentity + "'" : "")
                + (chain.isEmpty() ? "" : ", subject " + chain.get(0).getSubjectX500Principal().getName())
                + (trusted.isEmpty() ? "" : ", " + trusted.size() + " trusted") + "]";
    }

    /** Collects a {@link TlsConfig}; not thread-safe. */
    public static final class Builder {
        private final Mode mode;
        private Set<Version> versions = EnumSet.allOf(Version.class);
        private PskStore pskStore;
        private String pskIdentity;
        private byte[] pskKey;
        private PrivateKey privateKey;
        private List<X509Certificate> chain = List.of();
        private final List<X509Certificate> trusted = new ArrayList<>();

        private Builder(Mode mode) {
            this.mode = mode;
        }

        /** Restricts the protocol versions (at least one). */
        public Builder versions(Version... v) {
            if (v.length == 0) {
                throw new IllegalArgumentException("no TLS version");
            }
            this.versions = EnumSet.copyOf(Arrays.asList(v));
            return this;
        }

        /** PSK, server side: the identity to key table. */
        public Builder pskStore(PskStore store) {
            requireMode(Mode.PSK);
            this.pskStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** PSK, client side: the identity (1-128 UTF-8 bytes) and its key (at least 16 bytes, copied). */
        public Builder pskIdentity(String identity, byte[] key) {
            requireMode(Mode.PSK);
            int n = identity.getBytes(StandardCharsets.UTF_8).length;
            if (n == 0 || n > MAX_PSK_IDENTITY_LENGTH) {
                throw new IllegalArgumentException("PSK identity of " + n + " bytes, allowed 1-" + MAX_PSK_IDENTITY_LENGTH);
            }
            if (key.length < MIN_PSK_LENGTH) {
                throw new IllegalArgumentException("PSK of " + key.length + " bytes, at least " + MIN_PSK_LENGTH);
            }
            this.pskIdentity = identity;
            this.pskKey = key.clone();
            return this;
        }

        /** CERT: the own key (EC P-256 or RSA) and chain, leaf first. */
        public Builder identity(PrivateKey key, X509Certificate... certificates) {
            requireMode(Mode.CERT);
            String alg = key.getAlgorithm();
            if (!"EC".equals(alg) && !"RSA".equals(alg)) {
                throw new IllegalArgumentException("key algorithm " + alg + ", supported EC and RSA");
            }
            if (certificates.length == 0) {
                throw new IllegalArgumentException("empty certificate chain");
            }
            this.privateKey = key;
            this.chain = List.of(certificates);
            return this;
        }

        /** CERT: the own key and chain from a key store entry. */
        public Builder identity(KeyStore store, String alias, char[] password) throws GeneralSecurityException {
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] certs = store.getCertificateChain(alias);
            if (key == null || certs == null) {
                throw new java.security.KeyStoreException("no key entry '" + alias + "'");
            }
            return identity(key, Arrays.copyOf(certs, certs.length, X509Certificate[].class));
        }

        /** CERT: adds CA certificates trusted for the peer's chain. */
        public Builder trust(X509Certificate... cas) {
            requireMode(Mode.CERT);
            trusted.addAll(List.of(cas));
            return this;
        }

        /** CERT: adds every trusted-certificate entry of a key store. */
        public Builder trust(KeyStore store) throws GeneralSecurityException {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias)) {
                    trust((X509Certificate) store.getCertificate(alias));
                }
            }
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalStateException if the mode has neither a server nor a client part, or
         *     (CERT) no trusted CA is set
         */
        public TlsConfig build() {
            if (mode == Mode.PSK && pskStore == null && pskIdentity == null) {
                throw new IllegalStateException("PSK mode needs a PskStore (server) or an identity and key (client)");
            }
            if (mode == Mode.CERT && trusted.isEmpty()) {
                throw new IllegalStateException("CERT mode needs at least one trusted CA certificate");
            }
            return new TlsConfig(this);
        }

        private void requireMode(Mode m) {
            if (mode != m) {
                throw new IllegalStateException("not a " + m + " setting in " + mode + " mode");
            }
        }
    }
}

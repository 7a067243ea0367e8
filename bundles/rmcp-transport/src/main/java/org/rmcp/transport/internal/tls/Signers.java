package org.rmcp.transport.internal.tls;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Vector;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.rmcp.transport.TlsConfig;

/**
 * Own TLS_CERT credentials: the configured key and chain with a signature scheme the peer
 * accepts. EC keys sign with ecdsa_secp256r1_sha256 (P-256 only), RSA keys with
 * rsa_pss_rsae_sha256, or rsa_pkcs1_sha256 in TLS 1.2.
 */
final class Signers {
    private static final SignatureAndHashAlgorithm ECDSA_SHA256 =
            SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);
    private static final SignatureAndHashAlgorithm RSA_SHA256 =
            SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.rsa);

    private Signers() {
    }

    static boolean isEc(TlsConfig config) {
        return "EC".equals(config.privateKey().getAlgorithm());
    }

    /**
     * @param peerSigAlgs the schemes the peer accepts (null: TLS 1.2 default)
     * @param requestContext TLS 1.3 certificate_request_context (empty for a server)
     * @return the signer, or null if no acceptable scheme fits the key
     */
    static TlsCredentialedSigner signer(TlsContext ctx, BcTlsCrypto crypto, TlsConfig config,
            Vector<?> peerSigAlgs, byte[] requestContext) throws IOException {
        boolean tls13 = TlsUtils.isTLSv13(ctx);
        SignatureAndHashAlgorithm alg = choose(isEc(config), tls13, peerSigAlgs);
        if (alg == null) {
            return null;
        }
        AsymmetricKeyParameter key = PrivateKeyFactory.createKey(config.privateKey().getEncoded());
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(ctx), crypto, key,
                chain(crypto, config.chain(), tls13, requestContext), alg);
    }

    private static SignatureAndHashAlgorithm choose(boolean ec, boolean tls13, Vector<?> peer) {
        List<SignatureAndHashAlgorithm> mine = ec ? List.of(ECDSA_SHA256)
                : tls13 ? List.of(SignatureAndHashAlgorithm.rsa_pss_rsae_sha256)
                : List.of(SignatureAndHashAlgorithm.rsa_pss_rsae_sha256, RSA_SHA256);
        for (SignatureAndHashAlgorithm a : mine) {
            if (peer == null || peer.contains(a)) {
                return a;
            }
        }
        return null;
    }

    private static Certificate chain(BcTlsCrypto crypto, List<X509Certificate> certs, boolean tls13, byte[] ctx)
            throws IOException {
        TlsCertificate[] list = new TlsCertificate[certs.size()];
        try {
            for (int i = 0; i < list.length; i++) {
                list[i] = crypto.createCertificate(certs.get(i).getEncoded());
            }
        } catch (CertificateEncodingException e) {
            throw new TlsFatalAlert(AlertDescription.internal_error, "own certificate", e);
        }
        if (!tls13) {
            return new Certificate(list);
        }
        CertificateEntry[] entries = new CertificateEntry[list.length];
        for (int i = 0; i < list.length; i++) {
            entries[i] = new CertificateEntry(list[i], null);
        }
        return new Certificate(ctx, entries);
    }
}

package org.rmcp.transport.internal.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.crypto.TlsCertificate;

/**
 * Checks a peer's TLS_CERT chain (X.603.1 Amd.1 10.1.1.1) with the JDK's PKIX validator
 * against the configured CA certificates. Our choice: no revocation checking (no CRL/OCSP
 * infrastructure is assumed), no name or extended key usage check; the identity is the
 * leaf's subject.
 */
final class CertVerifier {
    private final Set<TrustAnchor> anchors = new HashSet<>();
    private final List<X509Certificate> trusted;

    CertVerifier(List<X509Certificate> trusted) {
        this.trusted = trusted;
        for (X509Certificate c : trusted) {
            anchors.add(new TrustAnchor(c, null));
        }
    }

    /**
     * @return the leaf's subject (RFC 2253)
     * @throws TlsFatalAlert {@code certificate_required}/{@code handshake_failure} if empty,
     *     {@code bad_certificate} if the chain does not validate
     */
    String verify(Certificate chain, boolean tls13) throws IOException {
        if (chain == null || chain.isEmpty()) {
            throw new TlsFatalAlert(tls13 ? AlertDescription.certificate_required : AlertDescription.handshake_failure,
                    "peer sent no certificate");
        }
        List<X509Certificate> certs = new ArrayList<>();
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (TlsCertificate c : chain.getCertificateList()) {
                X509Certificate x = (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(c.getEncoded()));
                if (!trusted.contains(x)) {
                    certs.add(x); // a CA certificate that is itself an anchor does not belong in the path
                }
            }
            if (certs.isEmpty()) {
                throw new TlsFatalAlert(AlertDescription.bad_certificate, "peer sent only CA certificates");
            }
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(cf.generateCertPath(certs), params);
        } catch (GeneralSecurityException e) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, "untrusted certificate "
                    + (certs.isEmpty() ? "" : certs.get(0).getSubjectX500Principal().getName() + ": ") + e.getMessage());
        }
        return certs.get(0).getSubjectX500Principal().getName();
    }
}

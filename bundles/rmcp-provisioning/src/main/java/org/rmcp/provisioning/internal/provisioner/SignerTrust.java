package org.rmcp.provisioning.internal.provisioner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The container's trusted bundle signers (PID {@code org.rmcp.provisioning.trust}): a signer is
 * trusted when its certificate chain, checked link by link, reaches one of these certificates,
 * either by containing it or by being issued by it. Validity periods are checked at the current time.
 */
public final class SignerTrust {
    private final List<X509Certificate> anchors;

    /** @param anchors the trusted certificates; empty trusts nobody */
    public SignerTrust(Collection<X509Certificate> anchors) {
        this.anchors = List.copyOf(anchors);
    }

    /** Reads every certificate of a PEM (or DER) file. */
    public static SignerTrust load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            return new SignerTrust(certs);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot read trusted signer certificates from " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return how many certificates are trusted */
    public int size() {
        return anchors.size();
    }

    /** @param chain a signer's chain, signer first (as {@code CodeSigner.getSignerCertPath()} lists it) */
    public boolean trusts(List<? extends Certificate> chain) {
        for (int i = 0; i < chain.size(); i++) {
            if (!(chain.get(i) instanceof X509Certificate c) || !valid(c)) {
                return false;
            }
            if (anchors.contains(c) || issuedByAnchor(c)) {
                return linked(chain, i);
            }
        }
        return false;
    }

    private boolean issuedByAnchor(X509Certificate c) {
        for (X509Certificate a : anchors) {
            if (a.getSubjectX500Principal().equals(c.getIssuerX500Principal()) && signedBy(c, a) && valid(a)) {
                return true;
            }
        }
        return false;
    }

    /** Each certificate up to {@code last} is signed by the next, and the next is a CA. */
    private static boolean linked(List<? extends Certificate> chain, int last) {
        for (int j = 0; j < last; j++) {
            X509Certificate c = (X509Certificate) chain.get(j);
            X509Certificate issuer = (X509Certificate) chain.get(j + 1);
            if (!issuer.getSubjectX500Principal().equals(c.getIssuerX500Principal()) || !signedBy(c, issuer)
                    || issuer.getBasicConstraints() < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean signedBy(X509Certificate c, X509Certificate issuer) {
        try {
            c.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean valid(X509Certificate c) {
        try {
            c.checkValidity();
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}

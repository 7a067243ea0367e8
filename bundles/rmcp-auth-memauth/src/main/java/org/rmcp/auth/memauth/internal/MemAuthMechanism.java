package org.rmcp.auth.memauth.internal;

import org.rmcp.alg.support.kdf.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.osgi.service.component.annotations.Component;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.AuthName;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.spi.auth.AuthenticationFailedException;
import org.rmcp.spi.auth.MembershipAuth;

/**
 * AUTH_NAME 0x01, MEM_AUTH: mutual membership authentication of a joining CMA/RMA and its parent
 * PMA/DMA (X.603.1 Amd.1 clause 10.2.3, Annex E), yielding KMAS (clause 10.2.1.3).
 *
 * <p><b>What Annex E fixes</b> (E.2, Table E.1): three passes, client to server
 * {@code IDc, rc, E_k(g^A mod p)}; server to client {@code IDs, rs, E_k(g^B mod p), Vs}; client
 * to server {@code Vc}; k comes from the hashed {@code auth} secret of SUBSREQ; Vs and Vc are
 * "vector values" on the Diffie-Hellman exchange; KMAS is the shared key that results.
 *
 * <p><b>What is our reconstruction</b> (Figures E.1 and E.2 are missing from the text; see
 * design/rmcp2-basic.md, "Annex E"): the group is RFC 7919 ffdhe2048, g = 2, 256-bit exponents
 * ({@link Ffdhe2048}); E_k is AES-128-CTR under HKDF-SHA-256(IKM = secret, salt = the sender's
 * nonce, info = a direction label), so every E_k key is used once; Vs is HMAC-SHA-256 over pass 1
 * and pass 2 up to Vs, Vc over passes 1 and 2, under keys HKDF-Expand(PRK, direction label) with
 * PRK = HKDF-Extract(rc || rs, g^AB); KMAS = HKDF-Expand(PRK, "RMCP-2 KMAS" || SHA-256(pass 1 ||
 * pass 2), 16), an AES-128 key ({@link KeySchedule}); the byte layout is {@link Passes}. Table
 * E.1 takes E and H from the negotiated policy; we fix AES and SHA-256 instead, so MEM_AUTH never
 * runs on MD5 or a 64-bit block cipher.
 *
 * <p><b>Known EKE caveat.</b> This is a password-authenticated key exchange of the EKE family
 * (Bellovin-Merritt): encrypting the DH values under a secret-derived key keeps a passive
 * observer from testing guesses offline, unless a wrong guess decrypts to something recognisably
 * invalid (the partition attack). We mitigate it twice: (1) each value is encrypted as a fixed
 * 256-byte integer, and ffdhe2048's p lies within 2^1984 of 2^2048, so a wrong guess decrypts to
 * a value outside [2, p-2] with probability below 2^-64 per observed exchange; (2) every honest
 * g^x is a quadratic residue and p = 3 (mod 4), so the sender transmits y or p - y at random and
 * both sides square the peer's value (the shared secret is g^2AB); without this a Legendre-symbol
 * test would halve the candidate secrets with every exchange observed. What remains: an active
 * attacker still tests one guess per exchange it takes part in (callers must rate-limit; the
 * answer is only Auth_result ERROR); the 2^-64 range leak; whoever holds the hashed secret can
 * act as either side (no augmented PAKE); and a stream cipher is not the ideal cipher the EKE
 * proofs assume, so this is a careful reconstruction, not a proven protocol.
 *
 * <p>A peer value outside [2, p-2] and a wrong Vs or Vc fail alike, with one
 * {@link AuthenticationFailedException} message; a malformed pass fails with a
 * {@link GeneralSecurityException} naming the pass and field.
 */
@Component(service = MembershipAuth.class)
@AuthName(AuthNames.MEM_AUTH)
@AlgorithmName(MemAuthMechanism.NAME)
public final class MemAuthMechanism implements MembershipAuth {
    static final String NAME = "MEM_AUTH";
    private static final String FAILED = "MEM_AUTH: authentication failed";

    private final SecureRandom random = new SecureRandom();

    @Override
    public int code() {
        return AuthNames.MEM_AUTH;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @throws IllegalArgumentException if {@code identity} is empty or longer than 255 bytes */
    @Override
    public Initiator initiator(byte[] identity, byte[] secret) throws GeneralSecurityException {
        check(identity, secret);
        return new MemAuthInitiator(identity, secret, random);
    }

    /** @throws IllegalArgumentException if {@code identity} is empty or longer than 255 bytes */
    @Override
    public Responder responder(byte[] identity, byte[] secret) throws GeneralSecurityException {
        check(identity, secret);
        return new MemAuthResponder(identity, secret, random);
    }

    /** HKDF against RFC 5869 test case 1, then one full exchange that must agree on a 16-byte KMAS. */
    @Override
    public void selfTest() throws GeneralSecurityException {
        byte[] prk = Hkdf.extract(Kat.SALT, Kat.IKM);
        if (!MessageDigest.isEqual(Kat.PRK, prk) || !MessageDigest.isEqual(Kat.OKM, Hkdf.expand(prk, Kat.INFO, Kat.L))) {
            throw new GeneralSecurityException("MEM_AUTH self test failed: RFC 5869 A.1 (HKDF-SHA-256 test case 1)");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        try {
            Initiator c = initiator("self-test client".getBytes(StandardCharsets.US_ASCII), secret);
            Responder s = responder("self-test server".getBytes(StandardCharsets.US_ASCII), secret);
            s.finish(c.finish(s.respond(c.start())));
            byte[] k = c.kmas();
            if (k.length != KeySchedule.KMAS_LENGTH || !MessageDigest.isEqual(k, s.kmas())) {
                throw new GeneralSecurityException("the two sides disagree on KMAS");
            }
        } catch (GeneralSecurityException e) {
            throw new GeneralSecurityException("MEM_AUTH self test failed: full exchange: " + e.getMessage(), e);
        }
    }

    /** The one failure every secret-dependent check reports, so no check can be told from another. */
    static AuthenticationFailedException failure() {
        return new AuthenticationFailedException(FAILED);
    }

    private static void check(byte[] identity, byte[] secret) throws InvalidKeyException {
        if (identity.length == 0 || identity.length > Passes.MAX_ID) {
            throw new IllegalArgumentException("MEM_AUTH identity must be 1-" + Passes.MAX_ID + " bytes, not " + identity.length);
        }
        if (secret.length == 0) {
            throw new InvalidKeyException("MEM_AUTH: empty secret");
        }
    }
}

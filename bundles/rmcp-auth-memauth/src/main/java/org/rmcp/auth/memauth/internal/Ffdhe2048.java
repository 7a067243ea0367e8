package org.rmcp.auth.memauth.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import javax.crypto.KeyAgreement;
import javax.crypto.interfaces.DHPublicKey;
import javax.crypto.spec.DHParameterSpec;
import javax.crypto.spec.DHPublicKeySpec;

/**
 * The Diffie-Hellman group of MEM_AUTH: RFC 7919 ffdhe2048 (a safe prime, g = 2), on the JCA.
 * Public values travel sign-blinded (y or p - y, see {@link MemAuthMechanism}) as 256-byte
 * big-endian integers; the shared value is {@code (s^2)^x = g^(2ab)}.
 */
final class Ffdhe2048 {
    /** RFC 7919 appendix A.1. */
    static final BigInteger P = new BigInteger(""
        + "FFFFFFFFFFFFFFFFADF85458A2BB4A9AAFDC5620273D3CF1D8B9C583CE2D3695"
        + "A9E13641146433FBCC939DCE249B3EF97D2FE363630C75D8F681B202AEC4617A"
        + "D3DF1ED5D5FD65612433F51F5F066ED0856365553DED1AF3B557135E7F57C935"
        + "984F0C70E0E68B77E2A689DAF3EFE8721DF158A136ADE73530ACCA4F483A797A"
        + "BC0AB182B324FB61D108A94BB2C8E3FBB96ADAB760D7F4681D4F42A3DE394DF4"
        + "AE56EDE76372BB190B07A7C8EE0A6D709E02FCE1CDF7E2ECC03404CD28342F61"
        + "9172FE9CE98583FF8E4F1232EEF28183C3FE3B1B4C6FAD733BB5FCBC2EC22005"
        + "C58EF1837D1683B2C6F34A26C1B2EFFA886B423861285C97FFFFFFFFFFFFFFFF", 16);
    static final BigInteger G = BigInteger.TWO;
    /** Bytes of an encoded group element. */
    static final int LENGTH = 256;
    // our choice: 256-bit private exponents (RFC 7919 section 5.2 asks at least 225 for ffdhe2048)
    private static final int EXPONENT_BITS = 256;
    private static final BigInteger MAX = P.subtract(BigInteger.TWO);

    private Ffdhe2048() {
    }

    static KeyPair generate(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("DH");
        g.initialize(new DHParameterSpec(P, G, EXPONENT_BITS), random);
        return g.generateKeyPair();
    }

    /** Our public value y, sent as y or p - y (fair coin) so that its quadratic residuosity says nothing. */
    static byte[] blindedPublic(KeyPair own, SecureRandom random) {
        BigInteger y = ((DHPublicKey) own.getPublic()).getY();
        return fixed(random.nextBoolean() ? y : P.subtract(y));
    }

    /**
     * Reads a peer's value (after decryption) as an unsigned big-endian integer.
     *
     * @throws GeneralSecurityException if it is not {@link #LENGTH} bytes
     * @throws org.rmcp.spi.auth.AuthenticationFailedException if it lies outside [2, p-2]
     */
    static BigInteger peerValue(byte[] encoded) throws GeneralSecurityException {
        if (encoded.length != LENGTH) {
            throw new GeneralSecurityException("MEM_AUTH: DH value of " + encoded.length + " bytes, expected " + LENGTH);
        }
        BigInteger s = new BigInteger(1, encoded);
        if (s.compareTo(BigInteger.TWO) < 0 || s.compareTo(MAX) > 0) {
            throw MemAuthMechanism.failure();
        }
        return s;
    }

    /** @return {@code (s^2 mod p)^x mod p} as {@link #LENGTH} bytes; the square removes the blinding sign */
    static byte[] agree(PrivateKey own, BigInteger peer) throws GeneralSecurityException {
        BigInteger y = peer.multiply(peer).mod(P);
        KeyAgreement ka = KeyAgreement.getInstance("DH");
        ka.init(own);
        ka.doPhase(KeyFactory.getInstance("DH").generatePublic(new DHPublicKeySpec(y, P, G)), true);
        byte[] z = ka.generateSecret();
        return z.length == LENGTH ? z : fixed(new BigInteger(1, z));
    }

    /** @return {@code v} as exactly {@link #LENGTH} big-endian bytes ({@code 0 <= v < 2^2048}) */
    static byte[] fixed(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[LENGTH];
        int n = Math.min(raw.length, LENGTH);
        System.arraycopy(raw, raw.length - n, out, LENGTH - n, n);
        return out;
    }
}

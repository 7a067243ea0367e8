package org.rmcp.auth.memauth.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.interfaces.DHPublicKey;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.junit.jupiter.api.Test;
import org.rmcp.spi.auth.AuthenticationFailedException;

/** The group and the facts the partition-attack mitigations rest on. */
class Ffdhe2048Test {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void groupIsBouncyCastlesCopyOfRfc7919() {
        assertEquals(DHStandardGroups.rfc7919_ffdhe2048.getP(), Ffdhe2048.P);
        assertEquals(DHStandardGroups.rfc7919_ffdhe2048.getG(), Ffdhe2048.G);
    }

    @Test
    void safePrimeWhereTwoIsAResidueAndMinusOneIsNot() {
        assertTrue(Ffdhe2048.P.isProbablePrime(40));
        assertTrue(Ffdhe2048.P.shiftRight(1).isProbablePrime(40));
        assertEquals(7, Ffdhe2048.P.mod(BigInteger.valueOf(8)).intValue());
        assertEquals(2048, Ffdhe2048.P.bitLength());
    }

    @Test
    void wrongGuessesLandOutOfRangeWithProbabilityBelowTwoToTheMinus64() {
        BigInteger gap = BigInteger.ONE.shiftLeft(2048).subtract(Ffdhe2048.P).add(BigInteger.valueOf(3));
        assertTrue(gap.compareTo(BigInteger.ONE.shiftLeft(1984)) < 0);
    }

    @Test
    void rangeIsTwoToPMinusTwo() throws GeneralSecurityException {
        BigInteger max = Ffdhe2048.P.subtract(BigInteger.TWO);
        assertEquals(BigInteger.TWO, Ffdhe2048.peerValue(Ffdhe2048.fixed(BigInteger.TWO)));
        assertEquals(max, Ffdhe2048.peerValue(Ffdhe2048.fixed(max)));
        for (BigInteger bad : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, max.add(BigInteger.ONE), Ffdhe2048.P}) {
            assertThrows(AuthenticationFailedException.class, () -> Ffdhe2048.peerValue(Ffdhe2048.fixed(bad)));
        }
        GeneralSecurityException e = assertThrows(GeneralSecurityException.class, () -> Ffdhe2048.peerValue(new byte[255]));
        assertEquals(GeneralSecurityException.class, e.getClass());
    }

    @Test
    void blindedValuesHideResiduosityAndAgreementIsSymmetric() throws GeneralSecurityException {
        BigInteger half = Ffdhe2048.P.shiftRight(1);
        Set<BigInteger> legendre = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            KeyPair kp = Ffdhe2048.generate(RANDOM);
            byte[] sent = Ffdhe2048.blindedPublic(kp, RANDOM);
            assertEquals(Ffdhe2048.LENGTH, sent.length);
            BigInteger s = new BigInteger(1, sent);
            BigInteger y = ((DHPublicKey) kp.getPublic()).getY();
            assertTrue(s.equals(y) || s.equals(Ffdhe2048.P.subtract(y)));
            legendre.add(s.modPow(half, Ffdhe2048.P));
        }
        assertEquals(2, legendre.size(), "both residues and non-residues must be sent");
        KeyPair a = Ffdhe2048.generate(RANDOM);
        KeyPair b = Ffdhe2048.generate(RANDOM);
        byte[] ab = Ffdhe2048.agree(a.getPrivate(), Ffdhe2048.peerValue(Ffdhe2048.blindedPublic(b, RANDOM)));
        byte[] ba = Ffdhe2048.agree(b.getPrivate(), Ffdhe2048.peerValue(Ffdhe2048.blindedPublic(a, RANDOM)));
        assertEquals(Ffdhe2048.LENGTH, ab.length);
        assertArrayEquals(ab, ba);
    }

    @Test
    void fixedLengthEncoding() {
        byte[] one = Ffdhe2048.fixed(BigInteger.ONE);
        assertEquals(256, one.length);
        assertEquals(1, one[255]);
        assertEquals(Ffdhe2048.P, new BigInteger(1, Ffdhe2048.fixed(Ffdhe2048.P)));
    }
}

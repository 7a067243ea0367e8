package org.rmcp.cipher.pkcs1.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import org.rmcp.testkit.VectorReader;
import org.rmcp.testkit.VectorReader.Vector;

/** Reads RSA vector files: per section one key record (N, E, D, P, Q, DP, DQ, QINV), then MESSAGE/ENCRYPTION records. */
final class RsaVectors {
    record Case(String name, PrivateKey privateKey, PublicKey publicKey, byte[] message, byte[] encryption) {
        @Override
        public String toString() {
            return name;
        }
    }

    private RsaVectors() {
    }

    static List<Case> read(String resource) {
        List<Case> cases = new ArrayList<>();
        Vector key = null;
        for (Vector v : VectorReader.read(RsaVectors.class, resource)) {
            if (v.has("N")) {
                key = v;
            } else {
                try {
                    cases.add(new Case(v.get("section") + " " + v.get("COUNT"), privateKey(key), publicKey(key),
                        v.hex("MESSAGE"), v.hex("ENCRYPTION")));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(v + ": bad key", e);
                }
            }
        }
        return cases;
    }

    private static BigInteger big(Vector v, String name) {
        return new BigInteger(1, v.hex(name));
    }

    static PrivateKey privateKey(Vector k) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(big(k, "N"), big(k, "E"), big(k, "D"),
            big(k, "P"), big(k, "Q"), big(k, "DP"), big(k, "DQ"), big(k, "QINV")));
    }

    static PublicKey publicKey(Vector k) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(big(k, "N"), big(k, "E")));
    }
}

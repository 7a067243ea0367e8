package org.rmcp.auth.memauth.internal;

import org.rmcp.alg.support.kdf.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Every key MEM_AUTH derives, all with HKDF-SHA-256 (our choice, see design/rmcp2-basic.md,
 * "Annex E"): E_k from the hashed {@code auth} secret, the Vs/Vc keys and KMAS from g^AB.
 */
final class KeySchedule {
    static final byte[] EK_CLIENT = ascii("RMCP-2 MEM_AUTH E_k client");
    static final byte[] EK_SERVER = ascii("RMCP-2 MEM_AUTH E_k server");
    static final byte[] VS = ascii("RMCP-2 MEM_AUTH Vs");
    static final byte[] VC = ascii("RMCP-2 MEM_AUTH Vc");
    static final byte[] KMAS = ascii("RMCP-2 KMAS");
    /** KMAS is an AES-128 key. */
    static final int KMAS_LENGTH = 16;
    private static final int EK_LENGTH = 16;

    private KeySchedule() {
    }

    /**
     * E_k and its inverse: AES-128-CTR, zero IV, under HKDF(IKM = secret, salt = sender's nonce,
     * info = direction label). Nonce and label make every key single-use, so the zero IV is safe.
     */
    static byte[] crypt(byte[] secret, byte[] nonce, byte[] label, byte[] in) throws GeneralSecurityException {
        byte[] k = Hkdf.derive(secret, nonce, label, EK_LENGTH);
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"), new IvParameterSpec(new byte[16]));
            return c.doFinal(in);
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    /** PRK = HKDF-Extract(salt = rc || rs, IKM = g^AB). */
    static byte[] prk(byte[] z, byte[] rc, byte[] rs) throws GeneralSecurityException {
        return Hkdf.extract(Hkdf.concat(rc, rs), z);
    }

    /** Vs or Vc: HMAC-SHA-256 over the transcript, keyed by HKDF-Expand(PRK, label, 32). */
    static byte[] proof(byte[] prk, byte[] label, byte[]... transcript) throws GeneralSecurityException {
        byte[] key = Hkdf.expand(prk, label, Hkdf.HASH_LEN);
        try {
            return Hkdf.hmac(key, transcript);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** KMAS = HKDF-Expand(PRK, "RMCP-2 KMAS" || SHA-256(pass 1 || pass 2), 16). */
    static byte[] kmas(byte[] prk, byte[] pass1, byte[] pass2) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(pass1);
        sha.update(pass2);
        return Hkdf.expand(prk, Hkdf.concat(KMAS, sha.digest()), KMAS_LENGTH);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

package org.rmcp.auth.memauth.internal;

import org.rmcp.alg.support.kdf.Hkdf;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.rmcp.spi.auth.MembershipAuth;

/** The parent side of MEM_AUTH (X.603.1 Amd.1 Annex E): pass 1 in, pass 2 out, pass 3 in. One exchange. */
final class MemAuthResponder implements MembershipAuth.Responder {
    private enum State { NEW, RESPONDED, DONE, FAILED }

    private final byte[] identity;
    private final byte[] secret;
    private final SecureRandom random;
    private State state = State.NEW;
    private byte[] expectedVc;
    private byte[] pendingKmas;
    private byte[] kmas;

    MemAuthResponder(byte[] identity, byte[] secret, SecureRandom random) {
        this.identity = identity.clone();
        this.secret = secret.clone();
        this.random = random;
    }

    @Override
    public byte[] respond(byte[] pass1) throws GeneralSecurityException {
        require(State.NEW, "respond");
        state = State.FAILED;
        byte[] z = null;
        byte[] prk = null;
        try {
            Passes.Hello client = Passes.decodePass1(pass1);
            byte[] p1 = pass1.clone();
            BigInteger peer = Ffdhe2048.peerValue(KeySchedule.crypt(secret, client.nonce(), KeySchedule.EK_CLIENT, client.sealed()));
            byte[] rs = new byte[Passes.NONCE];
            random.nextBytes(rs);
            KeyPair own = Ffdhe2048.generate(random);
            byte[] sealed = KeySchedule.crypt(secret, rs, KeySchedule.EK_SERVER, Ffdhe2048.blindedPublic(own, random));
            byte[] body = new Passes.Hello(2, identity, rs, sealed).encode();
            z = Ffdhe2048.agree(own.getPrivate(), peer);
            prk = KeySchedule.prk(z, client.nonce(), rs);
            byte[] pass2 = Hkdf.concat(body, KeySchedule.proof(prk, KeySchedule.VS, p1, body));
            expectedVc = KeySchedule.proof(prk, KeySchedule.VC, p1, pass2);
            pendingKmas = KeySchedule.kmas(prk, p1, pass2);
            state = State.RESPONDED;
            return pass2;
        } finally {
            wipe(z);
            wipe(prk);
            wipe(secret);
        }
    }

    @Override
    public void finish(byte[] pass3) throws GeneralSecurityException {
        require(State.RESPONDED, "finish");
        state = State.FAILED;
        try {
            if (!MessageDigest.isEqual(expectedVc, Passes.decodePass3(pass3))) {
                throw MemAuthMechanism.failure();
            }
            kmas = pendingKmas;
            state = State.DONE;
        } finally {
            wipe(expectedVc);
            if (state != State.DONE) {
                wipe(pendingKmas);
            }
            pendingKmas = null;
        }
    }

    @Override
    public byte[] kmas() {
        if (state != State.DONE) {
            throw new IllegalStateException("MEM_AUTH responder: no KMAS in state " + state);
        }
        return kmas.clone();
    }

    private void require(State expected, String op) {
        if (state != expected) {
            throw new IllegalStateException("MEM_AUTH responder: " + op + " in state " + state);
        }
    }

    private static void wipe(byte[] b) {
        if (b != null) {
            Arrays.fill(b, (byte) 0);
        }
    }
}

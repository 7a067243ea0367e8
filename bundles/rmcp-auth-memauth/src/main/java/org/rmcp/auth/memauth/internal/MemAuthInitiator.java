package org.rmcp.auth.memauth.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.rmcp.spi.auth.MembershipAuth;

/** The joining side of MEM_AUTH (X.603.1 Amd.1 Annex E): pass 1 out, pass 2 in, pass 3 out. One exchange. */
final class MemAuthInitiator implements MembershipAuth.Initiator {
    private enum State { NEW, STARTED, DONE, FAILED }

    private final byte[] identity;
    private final byte[] secret;
    private final SecureRandom random;
    private State state = State.NEW;
    private byte[] rc;
    private KeyPair own;
    private byte[] pass1;
    private byte[] kmas;

    MemAuthInitiator(byte[] identity, byte[] secret, SecureRandom random) {
        this.identity = identity.clone();
        this.secret = secret.clone();
        this.random = random;
    }

    @Override
    public byte[] start() throws GeneralSecurityException {
        require(State.NEW, "start");
        state = State.FAILED;
        try {
            rc = new byte[Passes.NONCE];
            random.nextBytes(rc);
            own = Ffdhe2048.generate(random);
            byte[] sealed = KeySchedule.crypt(secret, rc, KeySchedule.EK_CLIENT, Ffdhe2048.blindedPublic(own, random));
            pass1 = new Passes.Hello(1, identity, rc, sealed).encode();
            state = State.STARTED;
            return pass1.clone();
        } finally {
            if (state != State.STARTED) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    @Override
    public byte[] finish(byte[] pass2) throws GeneralSecurityException {
        require(State.STARTED, "finish");
        state = State.FAILED;
        byte[] prk = null;
        try {
            Passes.Hello server = Passes.decodePass2(pass2);
            byte[] p2 = pass2.clone();
            byte[] body = Arrays.copyOf(p2, p2.length - Passes.TAG);
            byte[] vs = Arrays.copyOfRange(p2, body.length, p2.length);
            BigInteger peer = Ffdhe2048.peerValue(KeySchedule.crypt(secret, server.nonce(), KeySchedule.EK_SERVER, server.sealed()));
            byte[] z = Ffdhe2048.agree(own.getPrivate(), peer);
            prk = KeySchedule.prk(z, rc, server.nonce());
            Arrays.fill(z, (byte) 0);
            if (!MessageDigest.isEqual(KeySchedule.proof(prk, KeySchedule.VS, pass1, body), vs)) {
                throw MemAuthMechanism.failure();
            }
            byte[] pass3 = Passes.encodePass3(KeySchedule.proof(prk, KeySchedule.VC, pass1, p2));
            kmas = KeySchedule.kmas(prk, pass1, p2);
            state = State.DONE;
            return pass3;
        } finally {
            if (prk != null) {
                Arrays.fill(prk, (byte) 0);
            }
            Arrays.fill(secret, (byte) 0);
            own = null;
        }
    }

    @Override
    public byte[] kmas() {
        if (state != State.DONE) {
            throw new IllegalStateException("MEM_AUTH initiator: no KMAS in state " + state);
        }
        return kmas.clone();
    }

    private void require(State expected, String op) {
        if (state != expected) {
            throw new IllegalStateException("MEM_AUTH initiator: " + op + " in state " + state);
        }
    }
}

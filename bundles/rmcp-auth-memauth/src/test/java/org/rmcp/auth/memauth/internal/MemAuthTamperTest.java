package org.rmcp.auth.memauth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.rmcp.spi.auth.AuthenticationFailedException;
import org.rmcp.spi.auth.MembershipAuth;

/** A flipped bit in any field of any pass, or a replayed pass 3, fails with the one failure message. */
class MemAuthTamperTest {
    private static final byte[] SECRET = "hashed auth".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLIENT = "client01".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SERVER = "server01".getBytes(StandardCharsets.US_ASCII);
    private static final int ID_END = 2 + CLIENT.length;
    private static final int NONCE_END = ID_END + Passes.NONCE;
    private static final int SEALED_END = NONCE_END + Ffdhe2048.LENGTH;
    /** First and last byte of the identity, the nonce, the sealed DH value and (pass 2) Vs. */
    private static final int[] POSITIONS = {2, ID_END - 1, ID_END, NONCE_END - 1, NONCE_END, SEALED_END - 1, SEALED_END, SEALED_END + 31};
    private final MemAuthMechanism mech = new MemAuthMechanism();
    private final Set<String> messages = new HashSet<>();

    @Test
    void everyFieldOfPass1IsBound() throws GeneralSecurityException {
        for (int i = 0; i < 6; i++) {
            MembershipAuth.Initiator c = mech.initiator(CLIENT, SECRET);
            byte[] p1 = c.start();
            p1[POSITIONS[i]] ^= 0x10;
            failsAuthentication(() -> c.finish(mech.responder(SERVER, SECRET).respond(p1)));
            assertThrows(IllegalStateException.class, c::kmas);
        }
        assertEquals(1, messages.size(), messages.toString());
    }

    @Test
    void everyFieldOfPass2IsBound() throws GeneralSecurityException {
        for (int position : POSITIONS) {
            MembershipAuth.Initiator c = mech.initiator(CLIENT, SECRET);
            byte[] p2 = mech.responder(SERVER, SECRET).respond(c.start());
            p2[position] ^= 0x01;
            failsAuthentication(() -> c.finish(p2));
            assertThrows(IllegalStateException.class, c::kmas);
        }
        assertEquals(1, messages.size(), messages.toString());
    }

    @Test
    void pass3IsBoundAndNotReplayable() throws GeneralSecurityException {
        for (int position : new int[] {1, 16, 32}) {
            MembershipAuth.Initiator c = mech.initiator(CLIENT, SECRET);
            MembershipAuth.Responder s = mech.responder(SERVER, SECRET);
            byte[] p3 = c.finish(s.respond(c.start()));
            p3[position] ^= (byte) 0x80;
            failsAuthentication(() -> s.finish(p3));
            assertThrows(IllegalStateException.class, s::kmas);
        }
        MembershipAuth.Initiator c = mech.initiator(CLIENT, SECRET);
        MembershipAuth.Responder s = mech.responder(SERVER, SECRET);
        byte[] old = c.finish(s.respond(c.start()));
        MembershipAuth.Responder next = mech.responder(SERVER, SECRET);
        next.respond(mech.initiator(CLIENT, SECRET).start());
        failsAuthentication(() -> next.finish(old));
        assertEquals(1, messages.size(), messages.toString());
    }

    @Test
    void wrongSecretFailsWithTheSameMessageAsTampering() throws GeneralSecurityException {
        byte[] other = "hashed auth!".getBytes(StandardCharsets.US_ASCII);
        MembershipAuth.Initiator c = mech.initiator(CLIENT, other);
        failsAuthentication(() -> c.finish(mech.responder(SERVER, SECRET).respond(c.start())));
        MembershipAuth.Initiator d = mech.initiator(CLIENT, SECRET);
        byte[] p2 = mech.responder(SERVER, SECRET).respond(d.start());
        p2[p2.length - 1] ^= 1;
        failsAuthentication(() -> d.finish(p2));
        assertEquals(Set.of(MemAuthMechanism.failure().getMessage()), messages);
    }

    private void failsAuthentication(Executable call) {
        messages.add(assertThrows(AuthenticationFailedException.class, call).getMessage());
    }
}

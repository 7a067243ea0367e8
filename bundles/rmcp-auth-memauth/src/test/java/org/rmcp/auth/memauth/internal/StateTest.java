package org.rmcp.auth.memauth.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;
import org.rmcp.spi.auth.MembershipAuth;

/** Calls out of order, and kmas() before success, throw IllegalStateException. */
class StateTest {
    private static final byte[] SECRET = {7, 7, 7};
    private final MemAuthMechanism mech = new MemAuthMechanism();

    @Test
    void initiatorOrder() throws GeneralSecurityException {
        MembershipAuth.Initiator c = mech.initiator(new byte[] {1}, SECRET);
        assertThrows(IllegalStateException.class, c::kmas);
        assertThrows(IllegalStateException.class, () -> c.finish(new byte[0]));
        byte[] p1 = c.start();
        assertThrows(IllegalStateException.class, c::start);
        assertThrows(IllegalStateException.class, c::kmas);
        MembershipAuth.Responder s = mech.responder(new byte[] {2}, SECRET);
        byte[] p2 = s.respond(p1);
        c.finish(p2);
        c.kmas();
        assertThrows(IllegalStateException.class, () -> c.finish(p2));
    }

    @Test
    void responderOrder() throws GeneralSecurityException {
        MembershipAuth.Responder s = mech.responder(new byte[] {2}, SECRET);
        assertThrows(IllegalStateException.class, s::kmas);
        assertThrows(IllegalStateException.class, () -> s.finish(new byte[33]));
        MembershipAuth.Initiator c = mech.initiator(new byte[] {1}, SECRET);
        byte[] p1 = c.start();
        byte[] p2 = s.respond(p1);
        assertThrows(IllegalStateException.class, () -> s.respond(p1));
        assertThrows(IllegalStateException.class, s::kmas);
        s.finish(c.finish(p2));
        s.kmas();
    }

    @Test
    void aFailedExchangeStaysFailed() throws GeneralSecurityException {
        MembershipAuth.Responder s = mech.responder(new byte[] {2}, SECRET);
        s.respond(mech.initiator(new byte[] {1}, SECRET).start());
        assertThrows(GeneralSecurityException.class, () -> s.finish(new byte[33]));
        assertThrows(IllegalStateException.class, () -> s.finish(new byte[33]));
        assertThrows(IllegalStateException.class, s::kmas);
        MembershipAuth.Responder t = mech.responder(new byte[] {2}, SECRET);
        assertThrows(GeneralSecurityException.class, () -> t.respond(new byte[3]));
        assertThrows(IllegalStateException.class, () -> t.respond(new byte[3]));
    }
}

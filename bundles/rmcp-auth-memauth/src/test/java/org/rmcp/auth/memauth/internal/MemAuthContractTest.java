package org.rmcp.auth.memauth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.InvalidKeyException;
import org.junit.jupiter.api.Test;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.spi.auth.MembershipAuth;
import org.rmcp.testkit.MembershipAuthContract;

class MemAuthContractTest extends MembershipAuthContract {
    private final MemAuthMechanism mech = new MemAuthMechanism();

    @Override
    protected MembershipAuth mechanism() {
        return mech;
    }

    @Override
    protected int expectedCode() {
        return AuthNames.MEM_AUTH;
    }

    @Test
    void nameAndStrength() {
        assertEquals("MEM_AUTH", mech.name());
        assertFalse(mech.weak());
    }

    @Test
    void kmasIsAnAes128Key() throws Exception {
        byte[] secret = {1, 2, 3};
        MembershipAuth.Initiator c = mech.initiator(new byte[] {1}, secret);
        MembershipAuth.Responder s = mech.responder(new byte[] {2}, secret);
        s.finish(c.finish(s.respond(c.start())));
        assertEquals(16, c.kmas().length);
    }

    @Test
    void badIdentitiesAndSecretsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> mech.initiator(new byte[0], new byte[] {1}));
        assertThrows(IllegalArgumentException.class, () -> mech.responder(new byte[256], new byte[] {1}));
        assertThrows(InvalidKeyException.class, () -> mech.initiator(new byte[] {1}, new byte[0]));
        assertThrows(InvalidKeyException.class, () -> mech.responder(new byte[] {1}, new byte[0]));
    }
}

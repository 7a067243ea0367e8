package org.rmcp.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rmcp.spi.auth.AuthenticationFailedException;
import org.rmcp.spi.auth.MembershipAuth;

/**
 * Contract every {@link MembershipAuth} bundle's tests extend: the three passes agree on KMAS
 * with the right secret, fail on a wrong secret or a tampered pass, and give fresh KMAS per run.
 */
public abstract class MembershipAuthContract {
    private static final byte[] CLIENT = "client-maid".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SERVER = "server-maid".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SECRET = "correct horse".getBytes(StandardCharsets.US_ASCII);

    /** @return the mechanism under test */
    protected abstract MembershipAuth mechanism();

    /** @return the expected AUTH_NAME */
    protected abstract int expectedCode();

    private byte[][] run(byte[] clientSecret, byte[] serverSecret) throws GeneralSecurityException {
        MembershipAuth.Initiator c = mechanism().initiator(CLIENT, clientSecret);
        MembershipAuth.Responder s = mechanism().responder(SERVER, serverSecret);
        byte[] p2 = s.respond(c.start());
        byte[] p3 = c.finish(p2);
        s.finish(p3);
        return new byte[][] {c.kmas(), s.kmas()};
    }

    @Test
    void advertisesItsCode() {
        assertEquals(expectedCode(), mechanism().code());
    }

    @Test
    void selfTestPasses() throws GeneralSecurityException {
        mechanism().selfTest();
    }

    @Test
    void rightSecretAgreesOnKmas() throws GeneralSecurityException {
        byte[][] k = run(SECRET, SECRET);
        assertArrayEquals(k[0], k[1]);
        assertFalse(Arrays.equals(new byte[k[0].length], k[0]));
    }

    @Test
    void everyRunGivesAFreshKmas() throws GeneralSecurityException {
        assertFalse(Arrays.equals(run(SECRET, SECRET)[0], run(SECRET, SECRET)[0]));
    }

    @Test
    void wrongSecretFails() {
        assertThrows(AuthenticationFailedException.class, () -> run(SECRET, "wrong".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void tamperedPassesFail() throws GeneralSecurityException {
        for (int pass = 1; pass <= 3; pass++) {
            MembershipAuth.Initiator c = mechanism().initiator(CLIENT, SECRET);
            MembershipAuth.Responder s = mechanism().responder(SERVER, SECRET);
            byte[] p1 = c.start();
            if (pass == 1) {
                p1[p1.length - 1] ^= 1;
            }
            final int which = pass;
            assertThrows(GeneralSecurityException.class, () -> {
                byte[] p2 = s.respond(p1);
                if (which == 2) {
                    p2[p2.length - 1] ^= 1;
                }
                byte[] p3 = c.finish(p2);
                if (which == 3) {
                    p3[p3.length - 1] ^= 1;
                }
                s.finish(p3);
            }, "tampered pass " + pass);
        }
    }
}

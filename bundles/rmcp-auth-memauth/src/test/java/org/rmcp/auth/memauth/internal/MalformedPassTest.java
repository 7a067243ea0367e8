package org.rmcp.auth.memauth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.rmcp.spi.auth.AuthenticationFailedException;
import org.rmcp.spi.auth.MembershipAuth;

/** Malformed passes fail with a GeneralSecurityException naming pass and field, never an unchecked exception. */
class MalformedPassTest {
    private static final byte[] SECRET = "hashed auth".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = "maid0001".getBytes(StandardCharsets.US_ASCII);
    private final MemAuthMechanism mech = new MemAuthMechanism();

    @Test
    void pass1TruncatedAtEveryLength() throws GeneralSecurityException {
        byte[] p1 = mech.initiator(ID, SECRET).start();
        for (int n = 0; n < p1.length; n++) {
            byte[] cut = Arrays.copyOf(p1, n);
            assertMalformed("pass 1", () -> mech.responder(ID, SECRET).respond(cut));
        }
    }

    @Test
    void pass1WithWrongFieldsOrLength() throws GeneralSecurityException {
        byte[] p1 = mech.initiator(ID, SECRET).start();
        assertMalformed("pass 1", () -> mech.responder(ID, SECRET).respond(null));
        assertMalformed("pass 1", () -> mech.responder(ID, SECRET).respond(Arrays.copyOf(p1, p1.length + 1)));
        assertMalformed("pass 1", () -> mech.responder(ID, SECRET).respond(with(p1, 0, 2)));
        assertMalformed("pass 1", () -> mech.responder(ID, SECRET).respond(with(p1, 1, 0)));
        assertMalformed("pass 1", () -> mech.responder(ID, SECRET).respond(with(p1, 1, 255)));
        assertMalformed("pass 1", () -> mech.responder(ID, SECRET).respond(with(p1, 1, ID.length - 1)));
    }

    @Test
    void pass2TruncatedOrWrong() throws GeneralSecurityException {
        byte[] p2 = mech.responder(ID, SECRET).respond(mech.initiator(ID, SECRET).start());
        for (int n = 0; n < p2.length; n += 7) {
            byte[] cut = Arrays.copyOf(p2, n);
            assertMalformed("pass 2", () -> started().finish(cut));
        }
        assertMalformed("pass 2", () -> started().finish(Arrays.copyOf(p2, p2.length - 1)));
        assertMalformed("pass 2", () -> started().finish(Arrays.copyOf(p2, p2.length + 1)));
        assertMalformed("pass 2", () -> started().finish(with(p2, 0, 1)));
        assertMalformed("pass 2", () -> started().finish(with(p2, 1, 0)));
        assertMalformed("pass 2", () -> started().finish(null));
    }

    @Test
    void pass3OfWrongLengthOrType() throws GeneralSecurityException {
        for (byte[] p3 : new byte[][] {null, {}, {3}, new byte[32], new byte[34], with(new byte[33], 0, 2)}) {
            MembershipAuth.Responder s = mech.responder(ID, SECRET);
            s.respond(mech.initiator(ID, SECRET).start());
            assertMalformed("pass 3", () -> s.finish(p3));
        }
    }

    @Test
    void outOfRangeDhValueInPass1FailsAuthentication() throws GeneralSecurityException {
        for (BigInteger v : outOfRange()) {
            byte[] rc = new byte[Passes.NONCE];
            byte[] sealed = KeySchedule.crypt(SECRET, rc, KeySchedule.EK_CLIENT, Ffdhe2048.fixed(v));
            byte[] p1 = new Passes.Hello(1, ID, rc, sealed).encode();
            AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> mech.responder(ID, SECRET).respond(p1), v.toString(16));
            assertEquals(MemAuthMechanism.failure().getMessage(), e.getMessage());
        }
    }

    @Test
    void outOfRangeDhValueInPass2FailsAuthentication() throws GeneralSecurityException {
        for (BigInteger v : outOfRange()) {
            MembershipAuth.Initiator c = mech.initiator(ID, SECRET);
            byte[] p2 = mech.responder(ID, SECRET).respond(c.start());
            byte[] rs = Arrays.copyOfRange(p2, 2 + ID.length, 2 + ID.length + Passes.NONCE);
            byte[] sealed = KeySchedule.crypt(SECRET, rs, KeySchedule.EK_SERVER, Ffdhe2048.fixed(v));
            System.arraycopy(sealed, 0, p2, 2 + ID.length + Passes.NONCE, Ffdhe2048.LENGTH);
            AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, () -> c.finish(p2));
            assertEquals(MemAuthMechanism.failure().getMessage(), e.getMessage());
        }
    }

    @Test
    void randomBytesNeverEscapeAsUncheckedExceptions() throws GeneralSecurityException {
        Random r = new Random(20260101);
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[r.nextInt(400)];
            r.nextBytes(junk);
            if (junk.length > 0 && r.nextBoolean()) {
                junk[0] = 1;
            }
            try {
                mech.responder(ID, SECRET).respond(junk);
            } catch (GeneralSecurityException expected) {
                // the only kind of failure allowed
            }
        }
    }

    private MembershipAuth.Initiator started() throws GeneralSecurityException {
        MembershipAuth.Initiator c = mech.initiator(ID, SECRET);
        c.start();
        return c;
    }

    private static BigInteger[] outOfRange() {
        return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, Ffdhe2048.P.subtract(BigInteger.ONE), Ffdhe2048.P,
            BigInteger.ONE.shiftLeft(2048).subtract(BigInteger.ONE)};
    }

    private static byte[] with(byte[] b, int index, int value) {
        byte[] c = b.clone();
        c[index] = (byte) value;
        return c;
    }

    private static void assertMalformed(String pass, Executable call) {
        GeneralSecurityException e = assertThrows(GeneralSecurityException.class, call);
        assertEquals(GeneralSecurityException.class, e.getClass(), e.toString());
        assertTrue(e.getMessage().startsWith("MEM_AUTH " + pass + " malformed: "), e.getMessage());
    }
}

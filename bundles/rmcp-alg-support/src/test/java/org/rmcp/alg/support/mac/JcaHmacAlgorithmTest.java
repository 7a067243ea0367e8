package org.rmcp.alg.support.mac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.alg.support.mac.KatVector.ascii;
import static org.rmcp.alg.support.mac.KatVector.hex;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The base through a SHA-1 subclass, against RFC 2202 §3 test case 2 and FIPS 180-1 Appendix A. */
class JcaHmacAlgorithmTest {
    /** RFC 2202 section 3, test case 2. */
    private static final KatVector RFC2202_2 = new KatVector("RFC 2202 HMAC-SHA-1 test case 2", ascii("Jefe"),
        ascii("what do ya want for nothing?"), hex("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
    /** FIPS 180-1 Appendix A, SHA-1("abc"). */
    private static final KatVector SHA1_ABC = new KatVector("FIPS 180-1 A", new byte[0], ascii("abc"),
        hex("a9993e364706816aba3e25717850c26c9cd0d89d"));

    private static final class Sha1 extends JcaHmacAlgorithm {
        private final List<KatVector> macs;

        Sha1(List<KatVector> macs) {
            super(0x7f, "TEST-HMAC-SHA1", "HmacSHA1", "SHA-1", 20);
            this.macs = macs;
        }

        @Override
        public void selfTest() throws GeneralSecurityException {
            selfTest(macs, List.of(SHA1_ABC));
        }
    }

    private final Sha1 alg = new Sha1(List.of(RFC2202_2));

    @Test
    void describesItself() {
        assertEquals(0x7f, alg.code());
        assertEquals("TEST-HMAC-SHA1", alg.name());
        assertEquals(20, alg.macLength());
        assertEquals(20, alg.digestLength());
    }

    @Test
    void tagOverSplitBuffersIsThePublishedOneAndLeavesThemUnmoved() throws GeneralSecurityException {
        byte[] data = RFC2202_2.data();
        ByteBuffer head = ByteBuffer.allocateDirect(5).put(data, 0, 5).flip();
        ByteBuffer tail = ByteBuffer.wrap(data, 5, data.length - 5);
        assertArrayEquals(RFC2202_2.expected(), alg.mac(RFC2202_2.key(), head, tail));
        assertEquals(0, head.position());
        assertEquals(5, tail.position());
        assertArrayEquals(RFC2202_2.expected(), alg.mac(RFC2202_2.key(), ByteBuffer.wrap(data)), "engine reused");
    }

    @Test
    void digestIsThePublishedOneAndLeavesTheBufferUnmoved() {
        ByteBuffer abc = ByteBuffer.wrap(SHA1_ABC.data());
        assertArrayEquals(SHA1_ABC.expected(), alg.digest(abc));
        assertEquals(0, abc.position());
        assertArrayEquals(SHA1_ABC.expected(), alg.digest(abc), "engine reset between calls");
    }

    @Test
    void emptyKeyIsRefusedByName() {
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> alg.mac(new byte[0], ByteBuffer.allocate(1)));
        assertTrue(e.getMessage().startsWith("TEST-HMAC-SHA1"), e.getMessage());
    }

    @Test
    void selfTestRunsTheVectorsAndNamesTheOneThatFails() {
        assertDoesNotThrow(() -> alg.selfTest());
        byte[] wrong = RFC2202_2.expected().clone();
        wrong[0] ^= 1;
        Sha1 broken = new Sha1(List.of(new KatVector("tampered", RFC2202_2.key(), RFC2202_2.data(), wrong)));
        GeneralSecurityException e = assertThrows(GeneralSecurityException.class, broken::selfTest);
        assertEquals("TEST-HMAC-SHA1 self test failed: tampered", e.getMessage());
    }

    @Test
    void alternatingKeysOnOneThreadEachGiveTheirOwnPublishedTag() throws GeneralSecurityException {
        byte[] other = RFC2202_2.key().clone();
        other[0] ^= 1;
        byte[] published = alg.mac(RFC2202_2.key(), ByteBuffer.wrap(RFC2202_2.data()));
        byte[] withOther = alg.mac(other, ByteBuffer.wrap(RFC2202_2.data()));
        assertFalse(java.util.Arrays.equals(published, withOther));
        // back to the first key after the Mac was re-keyed: the cached key must not leak across
        assertArrayEquals(published, alg.mac(RFC2202_2.key(), ByteBuffer.wrap(RFC2202_2.data())));
        RFC2202_2.check(alg.name(), alg.mac(RFC2202_2.key(), ByteBuffer.wrap(RFC2202_2.data())));
        // a caller mutating its key array after the call must not change the cached key
        byte[] mutable = RFC2202_2.key().clone();
        alg.mac(mutable, ByteBuffer.wrap(RFC2202_2.data()));
        mutable[0] ^= 1;
        assertArrayEquals(withOther, alg.mac(mutable, ByteBuffer.wrap(RFC2202_2.data())));
    }
}

package org.rmcp.alg.support.cipher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.rmcp.alg.support.Jca;

/**
 * The framing through JCA AES with published vectors: NIST SP 800-38A (2001) F.5.1 (CTR, first
 * block) and F.2.1 (CBC, first block), McGrew and Viega GCM spec Appendix B Test Case 4.
 */
class JcaFramingTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final SecretKeySpec KEY = new SecretKeySpec(HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c"), "AES");
    private static final byte[] CTR_ICB = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
    private static final byte[] P1 = HEX.parseHex("6bc1bee22e409f96e93d7e117393172a");
    private static final byte[] CTR_C1 = HEX.parseHex("874d6191b620e3261bef6864990db6ce");
    private static final byte[] CBC_IV = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
    private static final byte[] CBC_C1 = HEX.parseHex("7649abac8119b246cee98e9b12e9197d");

    @Test
    void framedLengthAddsTheOverheadWithinIntRange() {
        assertEquals(44, JcaFraming.framedLength(16, 28));
        assertEquals(Integer.MAX_VALUE, JcaFraming.framedLength(Integer.MAX_VALUE - 28, 28));
        assertThrows(IllegalArgumentException.class, () -> JcaFraming.framedLength(Integer.MAX_VALUE - 27, 28));
        assertThrows(IllegalArgumentException.class, () -> JcaFraming.framedLength(-1, 28));
    }

    @Test
    void sealWritesHeaderThenThePublishedCiphertext() throws GeneralSecurityException {
        Cipher ctr = Jca.newCipher("AES/CTR/NoPadding");
        ctr.init(Cipher.ENCRYPT_MODE, KEY, new IvParameterSpec(CTR_ICB));
        ByteBuffer in = ByteBuffer.wrap(P1);
        ByteBuffer out = ByteBuffer.allocate(40).position(3);
        assertEquals(32, JcaFraming.seal(ctr, CTR_ICB, in, out));
        assertEquals(35, out.position());
        assertEquals(16, in.position());
        assertArrayEquals(concat(CTR_ICB, CTR_C1), Arrays.copyOfRange(out.array(), 3, 35));
    }

    @Test
    void sealThatRunsOutOfRoomLeavesBothBuffersWhereTheyWere() throws GeneralSecurityException {
        Cipher ctr = Jca.newCipher("AES/CTR/NoPadding");
        ctr.init(Cipher.ENCRYPT_MODE, KEY, new IvParameterSpec(CTR_ICB));
        ByteBuffer in = ByteBuffer.wrap(P1);
        ByteBuffer out = ByteBuffer.allocate(20); // the header fits, the block does not
        assertThrows(ShortBufferException.class, () -> JcaFraming.seal(ctr, CTR_ICB, in, out));
        assertEquals(0, in.position());
        assertEquals(0, out.position());
    }

    @Test
    void openHandsTheHeaderToInitAndDecrypts() throws GeneralSecurityException {
        Cipher ctr = Jca.newCipher("AES/CTR/NoPadding");
        byte[][] seen = new byte[1][];
        ByteBuffer out = ByteBuffer.allocate(16);
        int n = JcaFraming.open(ctr, 16, ByteBuffer.wrap(concat(CTR_ICB, CTR_C1)), out, icb -> {
            seen[0] = icb;
            ctr.init(Cipher.DECRYPT_MODE, KEY, new IvParameterSpec(icb));
        });
        assertEquals(16, n);
        assertArrayEquals(CTR_ICB, seen[0]);
        assertArrayEquals(P1, out.array());
    }

    @Test
    void openWhoseInitFailsLeavesBothBuffersWhereTheyWere() {
        ByteBuffer in = ByteBuffer.wrap(concat(CTR_ICB, CTR_C1));
        ByteBuffer out = ByteBuffer.allocate(16);
        assertThrows(InvalidKeyException.class, () -> JcaFraming.open(Jca.newCipher("AES/CTR/NoPadding"), 16, in, out, icb -> {
            throw new InvalidKeyException("refused");
        }));
        assertEquals(0, in.position());
        assertEquals(0, out.position());
    }

    /** SP 800-38A's first CBC block is not PKCS #7-padded, so a padding cipher must refuse it. */
    @Test
    void openWipingLeavesNoPlaintextBehindOnBadPadding() throws GeneralSecurityException {
        Cipher cbc = Jca.newCipher("AES/CBC/PKCS5Padding");
        byte[] out = new byte[16];
        Arrays.fill(out, (byte) 0x55);
        ByteBuffer in = ByteBuffer.wrap(concat(CBC_IV, CBC_C1));
        ByteBuffer target = ByteBuffer.wrap(out);
        assertThrows(BadPaddingException.class, () -> JcaFraming.openWiping(cbc, 16, in, target,
            iv -> cbc.init(Cipher.DECRYPT_MODE, KEY, new IvParameterSpec(iv))));
        assertEquals(0, in.position());
        assertEquals(0, target.position());
        assertArrayEquals(new byte[16], out);

        Cipher plain = Jca.newCipher("AES/CBC/NoPadding");
        int n = JcaFraming.openWiping(plain, 16, ByteBuffer.wrap(concat(CBC_IV, CBC_C1)), ByteBuffer.wrap(out),
            iv -> plain.init(Cipher.DECRYPT_MODE, KEY, new IvParameterSpec(iv)));
        assertEquals(16, n);
        assertArrayEquals(P1, out);
    }

    /** GCM spec Test Case 4: the AAD is authenticated, read and left unconsumed. */
    @Test
    void updateAadFeedsTheAadWithoutConsumingIt() throws GeneralSecurityException {
        SecretKeySpec key = new SecretKeySpec(HEX.parseHex("feffe9928665731c6d6a8f9467308308"), "AES");
        byte[] iv = HEX.parseHex("cafebabefacedbaddecaf888");
        byte[] plain = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        byte[] expected = HEX.parseHex("42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
            + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091" + "5bc94fbc3221a5db94fae95ae7121a47");
        ByteBuffer aad = ByteBuffer.wrap(HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2"));
        Cipher gcm = Jca.newCipher("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        JcaFraming.updateAad(gcm, aad);
        assertEquals(0, aad.position());
        ByteBuffer out = ByteBuffer.allocate(12 + expected.length);
        JcaFraming.seal(gcm, iv, ByteBuffer.wrap(plain), out);
        assertArrayEquals(concat(iv, expected), out.array());

        gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        JcaFraming.updateAad(gcm, null); // no AAD: the tag no longer verifies
        assertThrows(AEADBadTagException.class, () -> gcm.doFinal(ByteBuffer.wrap(expected), ByteBuffer.allocate(expected.length)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

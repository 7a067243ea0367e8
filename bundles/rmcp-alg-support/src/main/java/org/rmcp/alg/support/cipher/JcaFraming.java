package org.rmcp.alg.support.cipher;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import org.rmcp.alg.support.BufferGuard;

/**
 * The {@code header || C} framing the JCA-based EN_DEC_ID algorithms use (header = IV, initial
 * counter block or nonce; X.603.1 Amd.1 Table 16 leaves the framing to the implementation, see
 * design/rmcp2-basic.md): sizes, writing the header before the ciphertext, and splitting it off again.
 */
public final class JcaFraming {
    /** Initialises the cipher for decryption from the header just read off the ciphertext. */
    @FunctionalInterface
    public interface Init {
        void init(byte[] header) throws GeneralSecurityException;
    }

    private JcaFraming() {
    }

    /**
     * @return {@code plaintextLength + overhead}
     * @throws IllegalArgumentException if the length is negative or the sum overflows an int
     */
    public static int framedLength(int plaintextLength, int overhead) {
        if (plaintextLength < 0 || plaintextLength > Integer.MAX_VALUE - overhead) {
            throw new IllegalArgumentException("plaintext length out of range: " + plaintextLength);
        }
        return plaintextLength + overhead;
    }

    /**
     * Writes {@code header}, then the ciphertext of the remaining bytes of {@code in}, with a cipher
     * already initialised for encryption. On failure both buffers are back where they were.
     *
     * @return the bytes written
     */
    public static int seal(Cipher cipher, byte[] header, ByteBuffer in, ByteBuffer out) throws GeneralSecurityException {
        int outPos = out.position();
        return BufferGuard.restoring(in, out, () -> {
            out.put(header);
            cipher.doFinal(in, out);
            return out.position() - outPos;
        });
    }

    /**
     * Reads a {@code headerLength}-byte header off {@code in}, lets {@code init} initialise the
     * cipher from it, and decrypts the rest into {@code out}. On failure both buffers are back
     * where they were.
     *
     * @return the plaintext bytes written
     */
    public static int open(Cipher cipher, int headerLength, ByteBuffer in, ByteBuffer out, Init init)
        throws GeneralSecurityException {
        return BufferGuard.restoring(in, out, () -> decrypt(cipher, headerLength, in, out, init));
    }

    /** As {@link #open}, and on failure whatever the cipher may have written to {@code out} is zeroed. */
    public static int openWiping(Cipher cipher, int headerLength, ByteBuffer in, ByteBuffer out, Init init)
        throws GeneralSecurityException {
        return BufferGuard.wiping(in, out, in.remaining() - headerLength, () -> decrypt(cipher, headerLength, in, out, init));
    }

    /** Feeds the remaining bytes of {@code aad} (may be null) to an AEAD cipher without consuming them. */
    public static void updateAad(Cipher cipher, ByteBuffer aad) {
        if (aad != null && aad.hasRemaining()) {
            int pos = aad.position();
            cipher.updateAAD(aad);
            aad.position(pos);
        }
    }

    private static int decrypt(Cipher cipher, int headerLength, ByteBuffer in, ByteBuffer out, Init init)
        throws GeneralSecurityException {
        byte[] header = new byte[headerLength];
        in.get(header);
        init.init(header);
        return cipher.doFinal(in, out);
    }
}

package org.rmcp.cipher.seed.internal;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.BadPaddingException;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.ShortBufferException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SEEDEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.CBCModeCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * SEED-CBC framing over Bouncy Castle's lightweight engine (RFC 4269 cipher, CBC as RFC 4196
 * uses it, PKCS #7 padding of RFC 5652 §6.3): IV || C. Heap buffers on distinct arrays are
 * processed in place; direct buffers go through a per-thread scratch array. {@code in} and
 * {@code out} must not overlap, except as two windows of one heap array.
 */
final class SeedCbc {
    static final int BLOCK = 16;
    static final int IV_LENGTH = 16;
    static final int SCRATCH = 4096;
    /** Stateless: addPadding/padCount keep nothing between calls. */
    private static final PKCS7Padding PADDING = new PKCS7Padding();

    private SeedCbc() {
    }

    static CBCModeCipher newCipher() {
        return CBCBlockCipher.newInstance(new SEEDEngine());
    }

    static int ciphertextLength(int plaintextLength) {
        return IV_LENGTH + (plaintextLength / BLOCK + 1) * BLOCK;
    }

    static int seal(CBCModeCipher cbc, byte[] scratch, byte[] key, byte[] iv, ByteBuffer plaintext, ByteBuffer out) {
        int n = plaintext.remaining();
        int full = n - n % BLOCK;
        int length = IV_LENGTH + full + BLOCK;
        if (out.remaining() < length) {
            throw new BufferOverflowException();
        }
        ByteBuffer in = detach(plaintext, out);
        cbc.init(true, new ParametersWithIV(new KeyParameter(key), iv));
        out.put(iv);
        process(cbc, in, full, out, scratch);
        byte[] last = new byte[BLOCK];
        int rest = in.remaining();
        in.get(last, 0, rest);
        PADDING.addPadding(last, rest);
        cbc.processBlock(last, 0, last, 0);
        out.put(last);
        return length;
    }

    static int open(CBCModeCipher cbc, byte[] scratch, byte[] key, ByteBuffer ciphertext, ByteBuffer out)
        throws GeneralSecurityException {
        int n = ciphertext.remaining();
        if (n < IV_LENGTH + BLOCK || (n - IV_LENGTH) % BLOCK != 0) {
            throw new IllegalBlockSizeException("SEED-CBC ciphertext of " + n + " bytes is not IV plus whole blocks");
        }
        int body = n - IV_LENGTH;
        if (out.remaining() < body - 1) {
            throw new ShortBufferException("SEED-CBC needs up to " + (body - 1) + " bytes of output");
        }
        int inPos = ciphertext.position();
        int outPos = out.position();
        ByteBuffer in = detach(ciphertext, out);
        byte[] iv = new byte[IV_LENGTH];
        in.get(iv);
        cbc.init(false, new ParametersWithIV(new KeyParameter(key), iv));
        process(cbc, in, body - BLOCK, out, scratch);
        byte[] last = new byte[BLOCK];
        in.get(last);
        cbc.processBlock(last, 0, last, 0);
        try {
            out.put(last, 0, BLOCK - PADDING.padCount(last));
            return out.position() - outPos;
        } catch (InvalidCipherTextException e) {
            wipe(out, outPos);
            ciphertext.position(inPos);
            throw new BadPaddingException("SEED-CBC: bad padding");
        } finally {
            Arrays.fill(last, (byte) 0);
        }
    }

    /** Runs {@code length} bytes (whole blocks) of {@code in} through the cipher into {@code out}. */
    private static void process(CBCModeCipher cbc, ByteBuffer in, int length, ByteBuffer out, byte[] scratch) {
        if (length == 0) {
            return;
        }
        int blocks = length / BLOCK;
        if (in.hasArray() && out.hasArray()) {
            cbc.processBlocks(in.array(), in.arrayOffset() + in.position(), blocks, out.array(), out.arrayOffset() + out.position());
            in.position(in.position() + length);
            out.position(out.position() + length);
            return;
        }
        for (int left = length; left > 0; ) {
            int k = Math.min(left, scratch.length);
            in.get(scratch, 0, k);
            cbc.processBlocks(scratch, 0, k / BLOCK, scratch, 0);
            out.put(scratch, 0, k);
            left -= k;
        }
        Arrays.fill(scratch, (byte) 0);
    }

    /**
     * Returns {@code in} itself, or, when it is a window of the same heap array as {@code out}, a
     * copy of its remaining bytes (consuming {@code in}), so writing output cannot overrun input.
     */
    private static ByteBuffer detach(ByteBuffer in, ByteBuffer out) {
        if (in.hasArray() && out.hasArray() && in.array() == out.array()) {
            int from = in.arrayOffset() + in.position();
            ByteBuffer copy = ByteBuffer.wrap(Arrays.copyOfRange(in.array(), from, from + in.remaining()));
            in.position(in.limit());
            return copy;
        }
        return in;
    }

    /** Clears what a failed decryption wrote before its padding check. */
    private static void wipe(ByteBuffer out, int from) {
        for (int i = from; i < out.position(); i++) {
            out.put(i, (byte) 0);
        }
        out.position(from);
    }
}

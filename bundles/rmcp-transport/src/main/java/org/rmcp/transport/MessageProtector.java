package org.rmcp.transport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Arrays;
import java.util.Objects;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.spi.mac.AuthAlgorithm;
import org.rmcp.alg.support.kdf.Hkdf;

/**
 * Protects control messages under one key, Ks or KTLS (X.603.1 Amd.1 10.2.6, Table 11), in an
 * authenticated mode of our choice (the spec asks for encryption only; see
 * docs/spec-notes-transport.md):
 * <ul>
 * <li><b>AEAD</b> (the EN_DEC_ID's algorithm is AEAD): {@code sealed = Enc(encKey, AAD, body)}
 * with {@code AAD = header' || seq};</li>
 * <li><b>encrypt-then-MAC</b> (otherwise, with the agreed AUTH_ID's algorithm):
 * {@code c = Enc(encKey, body)}, {@code sealed = c || MAC(macKey, header' || seq || c)}.</li>
 * </ul>
 * {@code header'} is the 20-byte common header (11.1) with its Length field set to 0x0000:
 * Length changes with protection, and a changed Length changes the framing and thus the sealed
 * bytes, which then fail authentication. {@code seq} is the 64-bit big-endian sequence number.
 * Keys are derived from the given key with HKDF-SHA-256 (RFC 5869, no salt):
 * {@code encKey = HKDF(key, "rmcp2 enc", keyLength of the cipher)},
 * {@code macKey = HKDF(key, "rmcp2 mac", 32)}.
 *
 * <p>On the wire ({@link #sealMessage}/{@link #openMessage}) a protected message keeps its
 * header in clear with Length updated, followed by {@code seq (8) || sealed}.
 *
 * <p>Immutable and thread-safe; the caller numbers messages and keeps one {@link ReplayWindow}
 * per receiving direction.
 *
 * @since 1.0
 */
public final class MessageProtector {
    /** HKDF info of the encryption key. */
    public static final String ENC_LABEL = "rmcp2 enc";
    /** HKDF info of the MAC key. */
    public static final String MAC_LABEL = "rmcp2 mac";
    /** MAC key length in bytes. */
    public static final int MAC_KEY_LENGTH = 32;
    /** Sequence number bytes on the wire. */
    public static final int SEQ_LENGTH = 8;
    /** Shortest key accepted, in bytes. */
    public static final int MIN_KEY_LENGTH = 16;
    private static final int HDR = RmcpMessage.HEADER_LENGTH;

    private final EncDecAlgorithm cipher;
    private final AuthAlgorithm mac;
    private final Key encKey;
    private final byte[] macKey;

    private MessageProtector(EncDecAlgorithm cipher, AuthAlgorithm mac, byte[] key) throws GeneralSecurityException {
        if (cipher.asymmetric()) {
            throw new IllegalArgumentException(cipher.name() + " is asymmetric: no control-message protection");
        }
        if (key.length < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("key of " + key.length + " bytes, at least " + MIN_KEY_LENGTH);
        }
        byte[] prk = Hkdf.extract(null, key);
        byte[] enc = Hkdf.expand(prk, ENC_LABEL.getBytes(StandardCharsets.US_ASCII), cipher.keyLength());
        this.cipher = cipher;
        this.mac = mac;
        this.encKey = cipher.key(enc);
        this.macKey = mac == null ? null : Hkdf.expand(prk, MAC_LABEL.getBytes(StandardCharsets.US_ASCII), MAC_KEY_LENGTH);
        Arrays.fill(prk, (byte) 0);
        Arrays.fill(enc, (byte) 0);
    }

    /**
     * @param cipher an AEAD algorithm ({@link EncDecAlgorithm#aead()})
     * @param key Ks or KTLS, at least 16 bytes (not kept)
     */
    public static MessageProtector aead(EncDecAlgorithm cipher, byte[] key) throws GeneralSecurityException {
        if (!cipher.aead()) {
            throw new IllegalArgumentException(cipher.name() + " is not AEAD: use encryptThenMac");
        }
        return new MessageProtector(cipher, null, key);
    }

    /**
     * @param cipher the agreed EN_DEC_ID's algorithm
     * @param mac the agreed AUTH_ID's algorithm
     * @param key Ks or KTLS, at least 16 bytes (not kept)
     */
    public static MessageProtector encryptThenMac(EncDecAlgorithm cipher, AuthAlgorithm mac, byte[] key)
            throws GeneralSecurityException {
        return new MessageProtector(cipher, Objects.requireNonNull(mac, "mac"), key);
    }

    /** @return AEAD if {@code cipher} is AEAD (then {@code mac} is ignored), else encrypt-then-MAC */
    public static MessageProtector of(EncDecAlgorithm cipher, AuthAlgorithm mac, byte[] key)
            throws GeneralSecurityException {
        return cipher.aead() ? aead(cipher, key) : encryptThenMac(cipher, mac, key);
    }

    /** @return whether this protector uses the cipher's AEAD mode (no separate MAC) */
    public boolean aead() {
        return mac == null;
    }

    /** @return the most bytes {@link #sealMessage} adds to a message with this many body bytes */
    public int maxExpansion(int bodyLength) {
        return SEQ_LENGTH + cipher.maxCiphertextLength(bodyLength) - bodyLength + (mac == null ? 0 : mac.macLength());
    }

    /**
     * Seals a message body.
     *
     * @param seq the sender's sequence number for this direction, from 0
     * @param header the 20-byte common header (its Length field is ignored)
     * @param body the control data
     * @return the sealed bytes: AEAD ciphertext, or ciphertext || MAC
     */
    public byte[] seal(long seq, byte[] header, byte[] body) {
        if (seq < 0) {
            throw new IllegalArgumentException("negative sequence number " + seq);
        }
        byte[] aad = aad(header, seq);
        try {
            if (mac == null) {
                ByteBuffer out = ByteBuffer.allocate(cipher.maxCiphertextLength(body.length));
                int n = cipher.encrypt(encKey, ByteBuffer.wrap(aad), ByteBuffer.wrap(body), out);
                return Arrays.copyOf(out.array(), n);
            }
            byte[] c = cipher.encrypt(encKey, body);
            byte[] tag = mac.mac(macKey, ByteBuffer.wrap(aad), ByteBuffer.wrap(c));
            byte[] sealed = Arrays.copyOf(c, c.length + tag.length);
            System.arraycopy(tag, 0, sealed, c.length, tag.length);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(cipher.name() + " failed to seal", e);
        }
    }

    /**
     * Authenticates and decrypts sealed bytes.
     *
     * @return the control data
     * @throws ProtectionException {@code TAMPERED} if authentication fails, {@code MALFORMED}
     *     if shorter than a tag
     */
    public byte[] open(long seq, byte[] header, byte[] sealed) throws ProtectionException {
        byte[] aad = aad(header, seq);
        try {
            if (mac == null) {
                ByteBuffer out = ByteBuffer.allocate(sealed.length);
                int n = cipher.decrypt(encKey, ByteBuffer.wrap(aad), ByteBuffer.wrap(sealed), out);
                return Arrays.copyOf(out.array(), n);
            }
            int t = mac.macLength();
            if (sealed.length < t) {
                throw new ProtectionException(ProtectionException.Reason.MALFORMED, sealed.length + " sealed bytes, tag is " + t);
            }
            byte[] c = Arrays.copyOf(sealed, sealed.length - t);
            byte[] tag = Arrays.copyOfRange(sealed, sealed.length - t, sealed.length);
            if (!mac.verify(macKey, tag, ByteBuffer.wrap(aad), ByteBuffer.wrap(c))) {
                throw new ProtectionException(ProtectionException.Reason.TAMPERED, mac.name() + " tag does not verify");
            }
            return cipher.decrypt(encKey, c);
        } catch (ProtectionException e) {
            throw e;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new ProtectionException(ProtectionException.Reason.TAMPERED, cipher.name() + ": " + e.getClass().getSimpleName());
        }
    }

    /**
     * Protects an encoded message for the wire: {@code header (Length updated) || seq || sealed}.
     *
     * @param message an encoded message whose Length equals its size
     * @throws ProtectionException {@code TOO_LONG} if the result exceeds 65535 bytes
     */
    public byte[] sealMessage(long seq, byte[] message) throws ProtectionException {
        if (message.length < HDR || length(message) != message.length) {
            throw new IllegalArgumentException("not an encoded message: " + message.length + " bytes");
        }
        byte[] sealed = seal(seq, Arrays.copyOf(message, HDR), Arrays.copyOfRange(message, HDR, message.length));
        int total = HDR + SEQ_LENGTH + sealed.length;
        if (total > RmcpMessage.MAX_LENGTH) {
            throw new ProtectionException(ProtectionException.Reason.TOO_LONG, "protected message of " + total + " bytes");
        }
        byte[] out = Arrays.copyOf(message, total);
        setLength(out, total);
        ByteBuffer.wrap(out, HDR, SEQ_LENGTH).putLong(seq);
        System.arraycopy(sealed, 0, out, HDR + SEQ_LENGTH, sealed.length);
        return out;
    }

    /**
     * Opens a protected message from the wire, checking its sequence number against
     * {@code window} before authentication and recording it after.
     *
     * @param window the receiving direction's replay window, or {@code null} to skip replay checks
     * @return the plain encoded message (Length restored)
     * @throws ProtectionException if malformed, replayed or tampered with
     */
    public byte[] openMessage(byte[] wire, ReplayWindow window) throws ProtectionException {
        if (wire.length < HDR + SEQ_LENGTH || length(wire) != wire.length) {
            throw new ProtectionException(ProtectionException.Reason.MALFORMED, wire.length + " bytes"
                    + (wire.length >= 4 ? ", Length " + length(wire) : ""));
        }
        long seq = ByteBuffer.wrap(wire, HDR, SEQ_LENGTH).getLong();
        if (window != null) {
            window.check(seq);
        }
        byte[] body = open(seq, Arrays.copyOf(wire, HDR), Arrays.copyOfRange(wire, HDR + SEQ_LENGTH, wire.length));
        if (window != null) {
            window.accept(seq);
        }
        byte[] plain = Arrays.copyOf(wire, HDR + body.length);
        System.arraycopy(body, 0, plain, HDR, body.length);
        setLength(plain, plain.length);
        return plain;
    }

    private static byte[] aad(byte[] header, long seq) {
        if (header.length != HDR) {
            throw new IllegalArgumentException("header of " + header.length + " bytes, shall be " + HDR);
        }
        byte[] aad = Arrays.copyOf(header, HDR + SEQ_LENGTH);
        aad[2] = 0;
        aad[3] = 0;
        ByteBuffer.wrap(aad, HDR, SEQ_LENGTH).putLong(seq);
        return aad;
    }

    private static int length(byte[] m) {
        return (m[2] & 0xFF) << 8 | m[3] & 0xFF;
    }

    private static void setLength(byte[] m, int length) {
        m[2] = (byte) (length >>> 8);
        m[3] = (byte) length;
    }

    @Override
    public String toString() {
        return "MessageProtector[" + cipher.name() + (mac == null ? " AEAD" : " then " + mac.name()) + "]";
    }
}

package org.rmcp.content;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;
import org.rmcp.codec.Data;
import org.rmcp.codec.Maid;
import org.rmcp.codec.MessageType;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * The algorithms content is protected with: the session's CON_EN_DEC algorithm (X.603.1 Amd.1
 * Table 16) and, for a cipher that is not AEAD, the agreed AUTH_ID algorithm (Table 17). The
 * amendment asks only for encryption under Kc (10.2.7); integrity, the AAD and the key schedule
 * are our choices, the same shape as control-message protection (docs/spec-notes-transport.md):
 * <ul>
 * <li><b>Keys</b> from Kc with HKDF-SHA-256 (RFC 5869, no salt): {@code encKey = HKDF(Kc,
 * "rmcp2 content enc", cipher key length)}; for encrypt-then-MAC also {@code macKey = HKDF(Kc,
 * "rmcp2 content mac", 32)}. The labels differ from the control messages' so Kc, were it ever
 * equal to Ks, would give other keys.</li>
 * <li><b>AAD</b>, {@value #AAD_LENGTH} bytes, the DATA head (docs/spec-notes.md 2.5) without the
 * bytes a relay may rewrite or that follow from the payload: {@code MESSAGE_TYPE (1, 0x16) ||
 * SESSION_ID (8) || MAID (8, the SMA's) || KEY_EPOCH (4) || SEQ_NO (8)}, big-endian as on the
 * wire. Left out: Ver|NT (docs/spec-notes.md 2.5 lets a relaying DMA set NT = DMA; {@link Relay}
 * does not) and Length (fixed by the payload; a changed Length reframes the stream and breaks the
 * tag anyway).</li>
 * <li><b>AEAD</b> cipher: {@code PAYLOAD = Enc(encKey, AAD, P)} in the cipher's own framing
 * (AES-128-GCM: {@code nonce (12) || C || tag (16)}).</li>
 * <li><b>Otherwise encrypt-then-MAC</b>: {@code C = Enc(encKey, P)} in the cipher's framing
 * (AES-128-CBC: {@code IV (16) || C}), {@code PAYLOAD = C || MAC(macKey, AAD || C)} with the full
 * tag (HMAC-SHA1: 20 bytes). The tag is checked before anything is decrypted.</li>
 * </ul>
 * The EncDecAlgorithm SPI draws its own random IV or nonce per message, so KEY_EPOCH || SEQ_NO is
 * not the nonce; it is authenticated instead, which with per-epoch replay checks gives the same
 * protection. With 96-bit random GCM nonces one Kc should seal well under 2^32 messages (SP
 * 800-38D 8.3): {@link ContentSealer} refuses more and the SMA rekeys long before.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class ContentSuite {
    /** HKDF info of the content encryption key. */
    public static final String ENC_LABEL = "rmcp2 content enc";
    /** HKDF info of the content MAC key (encrypt-then-MAC only). */
    public static final String MAC_LABEL = "rmcp2 content mac";
    /** MAC key length in bytes. */
    public static final int MAC_KEY_LENGTH = 32;
    /** AAD bytes: MESSAGE_TYPE, SESSION_ID, MAID, KEY_EPOCH, SEQ_NO. */
    public static final int AAD_LENGTH = 1 + 8 + 8 + 4 + 8;

    private final EncDecAlgorithm cipher;
    private final AuthAlgorithm mac;
    private final int maxPlaintext;

    private ContentSuite(EncDecAlgorithm cipher, AuthAlgorithm mac) {
        if (cipher.asymmetric()) {
            throw new IllegalArgumentException(cipher.name() + " is asymmetric: not a content cipher");
        }
        this.cipher = cipher;
        this.mac = mac;
        this.maxPlaintext = largestFitting();
        if (maxPlaintext < 1) {
            throw new IllegalArgumentException(cipher.name() + " cannot fit content into a DATA message");
        }
    }

    /**
     * @param cipher the session's CON_EN_DEC algorithm, symmetric
     * @param mac the session's AUTH_ID algorithm; ignored (may be {@code null}) if the cipher is
     *     AEAD, required otherwise
     * @return the suite
     * @throws IllegalArgumentException if the cipher is asymmetric, or not AEAD and {@code mac} is null
     */
    public static ContentSuite of(EncDecAlgorithm cipher, AuthAlgorithm mac) {
        Objects.requireNonNull(cipher, "cipher");
        if (cipher.aead()) {
            return new ContentSuite(cipher, null);
        }
        if (mac == null) {
            throw new IllegalArgumentException(cipher.name() + " is not AEAD: an AUTH_ID algorithm is needed");
        }
        return new ContentSuite(cipher, mac);
    }

    /** @return the CON_EN_DEC algorithm */
    public EncDecAlgorithm cipher() {
        return cipher;
    }

    /** @return the MAC of encrypt-then-MAC, empty for an AEAD cipher */
    public Optional<AuthAlgorithm> mac() {
        return Optional.ofNullable(mac);
    }

    /** @return whether the cipher authenticates by itself */
    public boolean aead() {
        return mac == null;
    }

    /** @return tag bytes appended after the ciphertext: 0 for AEAD, the MAC length otherwise */
    public int tagLength() {
        return mac == null ? 0 : mac.macLength();
    }

    /** @return the most PAYLOAD bytes sealing {@code plaintextLength} bytes produces */
    public int maxPayloadLength(int plaintextLength) {
        return cipher.maxCiphertextLength(plaintextLength) + tagLength();
    }

    /** @return the fewest PAYLOAD bytes a sealed message has (the sealed empty plaintext) */
    public int minPayloadLength() {
        return maxPayloadLength(0);
    }

    /** @return the largest plaintext one DATA message carries ({@link Data#MAX_PAYLOAD} minus expansion) */
    public int maxPlaintextLength() {
        return maxPlaintext;
    }

    /**
     * Writes the {@value #AAD_LENGTH}-byte AAD at {@code out}'s position, advancing it.
     *
     * @param sessionId SESSION_ID
     * @param smaMaid MAID, the SMA's
     * @param epoch KEY_EPOCH
     * @param seqNo SEQ_NO
     */
    public static void writeAad(ByteBuffer out, long sessionId, Maid smaMaid, long epoch, long seqNo) {
        // our choice: the DATA head minus Ver|NT and Length (bundles/rmcp-content/README.md)
        out.put((byte) MessageType.DATA.code()).putLong(sessionId).putLong(smaMaid.value()).putInt((int) epoch)
                .putLong(seqNo);
    }

    /** @return the AAD of a DATA message with these fields */
    public static byte[] aad(long sessionId, Maid smaMaid, long epoch, long seqNo) {
        ByteBuffer b = ByteBuffer.allocate(AAD_LENGTH);
        writeAad(b, sessionId, smaMaid, epoch, seqNo);
        return b.array();
    }

    private int largestFitting() {
        int lo = 0;
        int hi = Data.MAX_PAYLOAD;
        if (maxPayloadLength(0) > Data.MAX_PAYLOAD) {
            return 0;
        }
        while (lo < hi) { // the payload length does not decrease with the plaintext length
            int mid = (lo + hi + 1) >>> 1;
            if (maxPayloadLength(mid) <= Data.MAX_PAYLOAD) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "ContentSuite[" + cipher.name() + (mac == null ? " AEAD" : " then " + mac.name()) + "]";
    }
}

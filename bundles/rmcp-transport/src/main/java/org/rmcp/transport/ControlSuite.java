package org.rmcp.transport;

import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Optional;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * The algorithms that protect SM-MA control messages under KTLS and Ks (X.603.1 Amd.1 10.2.6,
 * Table 11). Our choice (docs/spec-notes-transport.md 3.5): the Recommendation's baseline pair,
 * AES-128-CBC (EN_DEC_ID 0x01) then HMAC-SHA1 (AUTH_ID 0x01), encrypt-then-MAC, which every
 * container ships in {@code rmcp-algorithms-default}; the policy agreed later governs content
 * and group keys, not this channel, so both ends know the suite before any agreement.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.1
 */
public final class ControlSuite {
    /** EN_DEC_ID of the control cipher. */
    public static final int EN_DEC_ID = EnDecIds.AES_128_CBC;
    /** AUTH_ID of the control MAC. */
    public static final int AUTH_ID = AuthIds.HMAC_SHA1;

    private final EncDecAlgorithm cipher;
    private final AuthAlgorithm mac;

    /**
     * @param cipher the control cipher
     * @param mac the control MAC (ignored when {@code cipher} is AEAD)
     */
    public ControlSuite(EncDecAlgorithm cipher, AuthAlgorithm mac) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.mac = mac;
    }

    /** @return the suite from the container's algorithms, or empty when either is not installed */
    public static Optional<ControlSuite> from(AlgorithmRegistry registry) {
        Optional<EncDecAlgorithm> c = registry.find(EncDecAlgorithm.class, EN_DEC_ID);
        Optional<AuthAlgorithm> m = registry.find(AuthAlgorithm.class, AUTH_ID);
        return c.isPresent() && m.isPresent() ? Optional.of(new ControlSuite(c.get(), m.get())) : Optional.empty();
    }

    /**
     * @param key KTLS or Ks, at least {@link MessageProtector#MIN_KEY_LENGTH} bytes (not kept)
     * @return a protector for one direction of one channel
     */
    public MessageProtector protector(byte[] key) {
        try {
            return MessageProtector.of(cipher, mac, key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(cipher.name() + " refused a control key: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ControlSuite[" + cipher.name() + (cipher.aead() ? "" : " then " + (mac == null ? "?" : mac.name())) + "]";
    }
}

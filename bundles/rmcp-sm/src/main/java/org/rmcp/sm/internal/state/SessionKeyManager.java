package org.rmcp.sm.internal.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.KeyInfo;
import org.rmcp.codec.KeyMaterial;
import org.rmcp.codec.KeyType;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Octets;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.Protection;
import org.rmcp.sm.api.SessionKey;

/**
 * The session key Ks (X.603.1 Amd.1 10.1.2.1): created at bootstrap, updated at regular
 * intervals through a hash, replaced by a fresh random key when a DMA is truncated or the
 * operator asks, and delivered by KEYDELIVER (11.2.9) under KTLS to the SMA and each DMA, never
 * to an RMA. Each change increments the epoch. Not thread-safe (guarded by the session's lock).
 *
 * <p>Our choice (the clause names no hash): Ks' = SHA-256("rmcp2 ks update" || Ks), truncated to
 * the configured Ks length (16-32 bytes); the hashed key is delivered too (docs/policy.md section 3).
 */
public final class SessionKeyManager {
    /** Smallest Ks length: 128-bit keys of Table 16's ciphers. */
    public static final int MIN_LENGTH = 16;
    /** Largest Ks length: one SHA-256 output. */
    public static final int MAX_LENGTH = 32;
    static final byte[] UPDATE_LABEL = "rmcp2 ks update".getBytes(StandardCharsets.US_ASCII);

    private final int length;
    private final RandomBytes random;
    private SessionKey current;
    private Instant changedAt;

    /** Creates the bootstrap key, epoch 1. */
    public SessionKeyManager(int length, RandomBytes random, Instant now) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("Ks length " + length + " outside " + MIN_LENGTH + "-" + MAX_LENGTH);
        }
        this.length = length;
        this.random = random;
        this.current = new SessionKey(1, fresh());
        this.changedAt = now;
    }

    /** @return the key in force */
    public SessionKey current() {
        return current;
    }

    /** @return when the key in force was made */
    public Instant changedAt() {
        return changedAt;
    }

    /** Hash update at the configured interval. */
    public SessionKey update(Instant now) {
        return install(hashUpdate(current.key(), length), now);
    }

    /** Fresh random key, without hashing (DMA truncated, abnormal situation, operator). */
    public SessionKey rotate(Instant now) {
        return install(fresh(), now);
    }

    /** @return SHA-256("rmcp2 ks update" || ks) truncated to {@code length} bytes */
    static byte[] hashUpdate(byte[] ks, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(UPDATE_LABEL);
            return Arrays.copyOf(md.digest(ks), length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * @return a KEYDELIVER of the current Ks under KTLS to each SMA and DMA of {@code recipients};
     *     RMAs are skipped: they never receive Ks (10.1.1.1)
     */
    public List<Effect> deliveries(long sessionId, List<Member> recipients) {
        List<Effect> out = new ArrayList<>();
        for (Member m : recipients) {
            if (m.active() && m.serverSide()) {
                out.add(new Effect.Send(m.maid(), m.link(), Protection.KTLS, keyDeliver(sessionId, m.maid())));
            }
        }
        return out;
    }

    /** @return the KEYDELIVER (NT = SM, KEY_INFO Ks) of the current key to {@code to} */
    public KeyDeliver keyDeliver(long sessionId, Maid to) {
        KeyMaterial material = new KeyMaterial(KeyType.KS, Octets.of(current.key()));
        return new KeyDeliver(NodeType.SM, sessionId, to, KeyInfo.of(material));
    }

    /** @return the effect announcing the current generation */
    public Effect.KeyChanged changed(boolean rotated) {
        return new Effect.KeyChanged(current.epoch(), current.fingerprint(), rotated);
    }

    private SessionKey install(byte[] key, Instant now) {
        current = new SessionKey(current.epoch() + 1, key);
        changedAt = now;
        Arrays.fill(key, (byte) 0);
        return current;
    }

    private byte[] fresh() {
        byte[] k = new byte[length];
        random.nextBytes(k);
        return k;
    }
}

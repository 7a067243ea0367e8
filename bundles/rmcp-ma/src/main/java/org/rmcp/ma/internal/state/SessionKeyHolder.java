package org.rmcp.ma.internal.state;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.KeyType;
import org.rmcp.codec.NodeType;

/**
 * The session key Ks an SMA or DMA holds (X.603.1 Amd.1 10.1.2): accepted only from a KEYDELIVER
 * issued by the SM, KEY_INFO Key_Type Ks, received under KTLS, for this session and MAID. An RMA
 * never accepts Ks. Our choice: KEYDELIVER carries no generation number, so generations are
 * numbered in arrival order on the ordered TLS stream and a repeat of the current key is a
 * duplicate, not a new epoch. Key bytes never leave except through {@link #key()}; only a
 * fingerprint is printable. Not thread-safe: the owner serialises calls.
 */
public final class SessionKeyHolder {
    /** What a KEYDELIVER did. */
    public enum Status {
        /** A new generation is in force. */
        ACCEPTED,
        /** The same key again: nothing changed. */
        DUPLICATE,
        /** Refused: see the reason. */
        REFUSED
    }

    /**
     * @param status what happened
     * @param epoch the generation in force afterwards (0 before the first)
     * @param reason a sentence for logs (never key material)
     */
    public record Outcome(Status status, long epoch, String reason) {
    }

    private final MaConfig config;
    private byte[] key;
    private long epoch;

    public SessionKeyHolder(MaConfig config) {
        this.config = config;
    }

    /**
     * @param kd a decoded KEYDELIVER
     * @param arrivedUnder the protection it arrived under
     * @return whether it became the current Ks
     */
    public Outcome onKeyDeliver(KeyDeliver kd, Protection arrivedUnder) {
        String refused = refusal(kd, arrivedUnder);
        if (refused != null) {
            return new Outcome(Status.REFUSED, epoch, refused);
        }
        byte[] offered = kd.keyInfo().keyMaterial().keyData().toByteArray();
        if (key != null && MessageDigest.isEqual(key, offered)) {
            return new Outcome(Status.DUPLICATE, epoch, "the current Ks again");
        }
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
        key = offered;
        epoch++;
        return new Outcome(Status.ACCEPTED, epoch, "Ks generation " + epoch + " (" + fingerprint() + ")");
    }

    private String refusal(KeyDeliver kd, Protection arrivedUnder) {
        if (config.role() == NodeType.RMA) {
            return "an RMA does not hold Ks (10.1.2)";
        }
        if (kd.nodeType() != NodeType.SM) {
            return "Ks comes from the SM, not " + kd.nodeType();
        }
        if (kd.keyInfo().keyType() != KeyType.KS) {
            return "KEY_INFO " + kd.keyInfo().keyType() + " is not Ks";
        }
        if (arrivedUnder != Protection.KTLS) {
            return "Ks is delivered under KTLS only (10.1.2)";
        }
        if (kd.sessionId() != config.sessionId() || !kd.maid().equals(config.maid())) {
            return "KEYDELIVER for session 0x" + Long.toHexString(kd.sessionId()) + ", MAID " + kd.maid();
        }
        return null;
    }

    /** @return the current Ks generation, 0 before the first */
    public long epoch() {
        return epoch;
    }

    /** @return whether a Ks is held */
    public boolean present() {
        return key != null;
    }

    /** @return a copy of the current Ks (for the transport's Ks protection; never log it) */
    public byte[] key() {
        if (key == null) {
            throw new IllegalStateException("no Ks yet");
        }
        return key.clone();
    }

    /** @return the first 8 hex digits of SHA-256 of Ks, or "-" when none */
    public String fingerprint() {
        if (key == null) {
            return "-";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every Java platform", e);
        }
    }
}

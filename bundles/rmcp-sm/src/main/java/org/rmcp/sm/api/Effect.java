package org.rmcp.sm.api;

import java.util.Objects;
import org.rmcp.api.AlgorithmType;
import org.rmcp.codec.Maid;
import org.rmcp.codec.RmcpMessage;

/**
 * What the Session Manager's procedures ask the transport to do (house style 5.4: state logic
 * consumes decoded messages and emits effects). Executed in list order by {@link EffectSink}s.
 *
 * @since 1.0
 */
public sealed interface Effect {
    /**
     * Send {@code message} to member {@code to} over {@code link}, protected by {@code protection}.
     *
     * @param to the recipient's MAID (as in the message header where the clause says recipient)
     * @param link the TLS session the recipient subscribed on
     * @param protection which key protects it
     * @param message the message
     */
    record Send(Maid to, Link link, Protection protection, RmcpMessage message) implements Effect {
        /** Checks every part is present. */
        public Send {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(protection, "protection");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Deliver the module for {@code code} of {@code type} to {@code to} (SECALGREQ, 10.1.4; the
     * delivery method is outside the Recommendation and belongs to the provisioning component).
     *
     * @param to the requesting member
     * @param link its TLS session
     * @param type the algorithm table
     * @param code the code the policy selected
     */
    record Provision(Maid to, Link link, AlgorithmType type, int code) implements Effect {
    }

    /**
     * Remove {@code maid} from the session: close its TLS session and forget it.
     *
     * @param maid the member
     * @param link its TLS session
     * @param reason why, for logs and the shell
     */
    record Evict(Maid maid, Link link, String reason) implements Effect {
    }

    /**
     * A new Ks generation is in force (10.1.2.1): protect later Ks traffic with it.
     *
     * @param epoch the new epoch
     * @param fingerprint its fingerprint
     * @param rotated {@code true} for a fresh random key, {@code false} for a hash update
     */
    record KeyChanged(long epoch, String fingerprint, boolean rotated) implements Effect {
    }

    /**
     * The message was not acted upon (not a member, wrong phase, wrong session): log it.
     *
     * @param link where it came from
     * @param message the message
     * @param reason why it was dropped
     */
    record Discard(Link link, RmcpMessage message, String reason) implements Effect {
    }

    /**
     * The session cannot go on (no policy candidate, SMA lost): stop serving it.
     *
     * @param reason a sentence for the operator
     */
    record SessionFailed(String reason) implements Effect {
    }
}

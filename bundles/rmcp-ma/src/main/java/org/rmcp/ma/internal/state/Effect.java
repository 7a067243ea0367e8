package org.rmcp.ma.internal.state;

import java.net.URI;
import java.util.Objects;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecList;
import org.rmcp.provisioning.Offer;

/**
 * What the MA's policy procedures ask the transport to do (X.603.1 Amd.1 10.1.3-10.1.4; house
 * style 5.4): the state objects consume decoded messages and return these, in order.
 */
public sealed interface Effect {
    /**
     * Send {@code message} to the SM under {@code protection}.
     *
     * @param message the message
     * @param protection the key that protects it
     */
    record Send(RmcpMessage message, Protection protection) implements Effect {
        /** Checks both parts are present. */
        public Send {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(protection, "protection");
        }
    }

    /**
     * Fetch, check and start the module of {@code offer} from the SM repository at {@code base}
     * (BundleProvisioner); report the result with {@link PolicyAgreement#onProvisioned}.
     *
     * @param offer what the SM offered
     * @param base the repository base URI (https)
     */
    record Provision(Offer offer, URI base) implements Effect {
        /** Checks both parts are present. */
        public Provision {
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(base, "base");
        }
    }

    /**
     * The agreement failed; the SECAGANS FAILED CONFIGURATION went out before this.
     *
     * @param reason a sentence for the operator
     */
    record Failed(String reason) implements Effect {
    }

    /**
     * The policy is configured and acknowledged with SECAGANS OK.
     *
     * @param policy the SECLIST the SM selected
     */
    record Agreed(SecList policy) implements Effect {
    }

    /**
     * A message or provisioning result was not acted upon (wrong phase, duplicate, wrong
     * session): log it.
     *
     * @param subject the message or result
     * @param reason why
     */
    record Ignored(Object subject, String reason) implements Effect {
    }
}

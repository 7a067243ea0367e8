package org.rmcp.ma.internal.state;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.rmcp.codec.AuthAlgCapab;
import org.rmcp.codec.EnDecCapab;
import org.rmcp.codec.GkMechCapab;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Octets;
import org.rmcp.codec.SmaPropose;

/**
 * What one MA brings to a session (X.603.1 Amd.1 10.1.1, 10.1.3): its role, the Session ID and
 * its MAID, the service user identifier of a closed-group RMA, the SMA's proposal, the PREFER
 * rank per code (11.2.5.3-11.2.5.5; codes without a rank get the lowest, the range's maximum),
 * and how long it waits for SECMODULE and provisioning.
 *
 * @param role SMA, DMA or RMA
 * @param sessionId the Session ID
 * @param maid this MA's MAID
 * @param servUserId SERV_USER_ID for a closed-group RMA, or null
 * @param proposal SMA_PROPOSE (the SMA only, else null)
 * @param gkPrefer PREFER (1-6) per GK_NAME
 * @param enDecPrefer PREFER (1-5) per EN_DEC_ID
 * @param authPrefer PREFER (1-3) per AUTH_ID
 * @param provisionTimeout how long SECMODULE and provisioning may take together
 */
public record MaConfig(NodeType role, long sessionId, Maid maid, Octets servUserId, SmaPropose proposal,
        Map<Integer, Integer> gkPrefer, Map<Integer, Integer> enDecPrefer, Map<Integer, Integer> authPrefer,
        Duration provisionTimeout) {
    /** Checks the role, its role-specific parts, the ranks against the codec's ranges and the timeout. */
    public MaConfig {
        Objects.requireNonNull(maid, "maid");
        if (role != NodeType.SMA && role != NodeType.DMA && role != NodeType.RMA) {
            throw new IllegalArgumentException("an MA is an SMA, DMA or RMA, not " + role);
        }
        if ((proposal != null) != (role == NodeType.SMA)) {
            throw new IllegalArgumentException("SMA_PROPOSE is configured for, and only for, the SMA");
        }
        if (servUserId != null && role != NodeType.RMA) {
            throw new IllegalArgumentException("SERV_USER_IDENT is only sent by an RMA (11.2.1)");
        }
        gkPrefer = ranks("GK_MECH_CAPAB", gkPrefer, GkMechCapab.MAX_PREFER);
        enDecPrefer = ranks("EN_DEC_CAPAB", enDecPrefer, EnDecCapab.MAX_PREFER);
        authPrefer = ranks("AUTH_ALG_CAPAB", authPrefer, AuthAlgCapab.MAX_PREFER);
        if (provisionTimeout == null || provisionTimeout.isNegative() || provisionTimeout.isZero()) {
            throw new IllegalArgumentException("provisionTimeout must be positive: " + provisionTimeout);
        }
    }

    private static Map<Integer, Integer> ranks(String field, Map<Integer, Integer> m, int max) {
        Map<Integer, Integer> copy = Map.copyOf(m == null ? Map.of() : m);
        copy.forEach((code, prefer) -> {
            if (prefer < 1 || prefer > max) {
                throw new IllegalArgumentException(field + " PREFER for 0x" + Integer.toHexString(code) + " is "
                    + prefer + ", outside 1-" + max);
            }
        });
        return copy;
    }
}

package org.rmcp.sm.internal;

import java.time.Duration;
import java.util.Objects;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.state.AgreementTracker;
import org.rmcp.sm.internal.state.PolicyLimits;
import org.rmcp.sm.internal.state.SessionKeyManager;

/**
 * One session's settings, parsed from its configuration ({@link SessionConfig}) and checked.
 *
 * @param name operator's name
 * @param sessionId Session ID (7.1.1)
 * @param limits what the SM allows and can provision (10.1.3)
 * @param agreeTime Security Agree.time (10.1.4.1)
 * @param ksUpdateInterval hash update interval of Ks (10.1.2.1)
 * @param ksLength Ks length in bytes
 * @param timing SECAGANS timeouts and retransmission limit (Table 24)
 * @param transport TLS listener settings (10.1.1.1)
 */
public record SessionSettings(String name, long sessionId, PolicyLimits limits, Duration agreeTime,
        Duration ksUpdateInterval, int ksLength, AgreementTracker.Timing timing, TransportSettings transport) {
    /** Checks presence and positive durations. */
    public SessionSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(transport, "transport");
        positive("securityAgreeTimeMs", agreeTime);
        positive("ksUpdateIntervalS", ksUpdateInterval);
        positive("secagansTimeoutMs", timing.answerTimeout());
        positive("provisionTimeoutMs", timing.provisionTimeout());
        if (ksLength < SessionKeyManager.MIN_LENGTH || ksLength > SessionKeyManager.MAX_LENGTH) {
            throw new IllegalArgumentException("ksLength must be " + SessionKeyManager.MIN_LENGTH + "-"
                + SessionKeyManager.MAX_LENGTH + " bytes: " + ksLength);
        }
        if (timing.maxRetransmits() < 0) {
            throw new IllegalArgumentException("seclistMaxRetransmits must be >= 0");
        }
    }

    private static void positive(String what, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}

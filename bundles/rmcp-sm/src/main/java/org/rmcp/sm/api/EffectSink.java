package org.rmcp.sm.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service that executes a session's {@link Effect}s: the TLS transport registers one.
 * Every effect of every {@link SmSession} is handed to every registered sink, in order, on the
 * thread that caused it (a received message, the session timer, an operator command).
 * Implementations must not block and must tolerate sessions they do not serve.
 *
 * @since 1.0
 */
@ConsumerType
public interface EffectSink {
    /**
     * @param session the session that produced the effects
     * @param effects what to do, in order
     */
    void execute(SmSession session, List<Effect> effects);
}

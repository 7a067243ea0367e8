package org.rmcp.sm.internal.state;

import java.util.List;
import java.util.Optional;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.SessionPhase;

/** A session's phase (X.603.1 Amd.1 10.1.1, 10.1.4) and, once failed, why. Not thread-safe. */
public final class Lifecycle {
    private SessionPhase phase = SessionPhase.BOOTSTRAP;
    private String failure;

    public SessionPhase phase() {
        return phase;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public boolean failed() {
        return phase == SessionPhase.FAILED;
    }

    void agreeing() {
        move(SessionPhase.BOOTSTRAP, SessionPhase.AGREEING);
    }

    void configuring() {
        move(SessionPhase.AGREEING, SessionPhase.CONFIGURING);
    }

    void open() {
        move(SessionPhase.CONFIGURING, SessionPhase.OPEN);
    }

    /** Fails the session once; a second failure keeps the first reason and emits nothing. */
    List<Effect> fail(String reason) {
        if (failed()) {
            return List.of();
        }
        phase = SessionPhase.FAILED;
        failure = reason;
        return List.of(new Effect.SessionFailed(reason));
    }

    private void move(SessionPhase from, SessionPhase to) {
        if (phase == from) {
            phase = to;
        }
    }
}

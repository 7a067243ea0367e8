package org.rmcp.sm.internal.state;

/** No attribute of a policy item satisfies every server-side MA and the SM (X.603.1 Amd.1 10.1.3): the session fails. */
public final class NoPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoPolicyException(String reason) {
        super(reason);
    }
}

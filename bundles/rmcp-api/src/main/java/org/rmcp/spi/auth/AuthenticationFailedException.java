package org.rmcp.spi.auth;

import java.security.GeneralSecurityException;

/**
 * The peer's proof in a membership authentication exchange did not verify (Auth_result ERROR,
 * X.603.1 Amd.1 clause 11.2.4). The message never says which check failed.
 *
 * @since 1.0
 */
public class AuthenticationFailedException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, without secret material */
    public AuthenticationFailedException(String message) {
        super(message);
    }
}

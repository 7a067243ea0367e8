package org.rmcp.spi.auth;

import java.security.GeneralSecurityException;
import org.osgi.annotation.versioning.ConsumerType;
import org.rmcp.spi.SecurityAlgorithm;

/**
 * A membership authentication mechanism keyed by AUTH_NAME (X.603.1 Amd.1 Table 22; Annex E
 * for MEM_AUTH): a three-pass exchange between a joining client (RMA or child DMA) and its
 * parent DMA that proves both know the session's {@code auth} secret and yields the
 * member/parent key KMAS. Registered with service property {@code rmcp.auth.name}
 * ({@link org.rmcp.api.alg.AuthName}).
 *
 * <p>The service is thread-safe; each {@link Initiator} / {@link Responder} is one exchange
 * and is not.
 *
 * @since 1.0
 */
@ConsumerType
public interface MembershipAuth extends SecurityAlgorithm {
    /** Service property carrying the AUTH_NAME code. */
    String PROPERTY = "rmcp.auth.name";

    /**
     * Starts an exchange as the joining member.
     *
     * @param identity the member's identity (its MAID bytes), bound into the transcript
     * @param secret the shared {@code auth} secret (hashed as the SM checked it)
     */
    Initiator initiator(byte[] identity, byte[] secret) throws GeneralSecurityException;

    /**
     * Starts an exchange as the parent.
     *
     * @param identity the parent's identity (its MAID bytes)
     * @param secret the shared {@code auth} secret
     */
    Responder responder(byte[] identity, byte[] secret) throws GeneralSecurityException;

    /** The joining side: pass 1 out, pass 2 in, pass 3 out. */
    interface Initiator {
        /** @return pass 1, client → server */
        byte[] start() throws GeneralSecurityException;

        /**
         * Checks pass 2 (the server's proof) and answers it.
         *
         * @return pass 3, client → server
         * @throws AuthenticationFailedException if the server's proof does not verify
         */
        byte[] finish(byte[] pass2) throws GeneralSecurityException;

        /** @return KMAS once {@link #finish} succeeded */
        byte[] kmas();
    }

    /** The parent side: pass 1 in, pass 2 out, pass 3 in. */
    interface Responder {
        /** @return pass 2, server → client */
        byte[] respond(byte[] pass1) throws GeneralSecurityException;

        /**
         * Checks pass 3 (the client's proof).
         *
         * @throws AuthenticationFailedException if it does not verify
         */
        void finish(byte[] pass3) throws GeneralSecurityException;

        /** @return KMAS once {@link #finish} succeeded */
        byte[] kmas();
    }
}

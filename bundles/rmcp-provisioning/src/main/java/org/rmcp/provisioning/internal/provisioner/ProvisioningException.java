package org.rmcp.provisioning.internal.provisioner;

/** A provisioning step failed (download, size, digest, signature, install, start, service wait); the message is the reason. */
public final class ProvisioningException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, safe to log (no key material) */
    public ProvisioningException(String message) {
        super(message);
    }

    /** @param message what failed */
    public ProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }
}

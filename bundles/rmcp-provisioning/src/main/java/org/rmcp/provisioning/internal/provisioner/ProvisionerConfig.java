package org.rmcp.provisioning.internal.provisioner;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the MA's provisioner, merged from PIDs {@code org.rmcp.provisioning.provisioner}
 * ({@code timeout}, {@code maxSize}) and {@code org.rmcp.provisioning.trust} ({@code signers}).
 */
@ObjectClassDefinition(name = "Secure RMCP-2 algorithm provisioner",
    description = "How an MA fetches, checks and installs modules offered for SECALGREQ")
public @interface ProvisionerConfig {
    @AttributeDefinition(description = "Seconds each of download and service start may take (1-600)", min = "1", max = "600")
    int timeout() default 20;

    @AttributeDefinition(description = "Largest module jar accepted, in bytes", min = "1", max = "268435456")
    long maxSize() default 16L << 20;

    @AttributeDefinition(description = "PEM file of trusted signer certificates; empty means ${karaf.etc}/rmcp-signers.pem")
    String signers() default "";
}

package org.rmcp.provisioning.internal.repository;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code org.rmcp.provisioning.repository} (SM side). */
@ObjectClassDefinition(name = "Secure RMCP-2 algorithm repository",
    description = "Directory of signed algorithm bundles the SM offers for SECALGREQ")
public @interface RepositoryConfig {
    @AttributeDefinition(description = "Repository directory; empty means ${karaf.data}/rmcp-repository")
    String dir() default "";
}

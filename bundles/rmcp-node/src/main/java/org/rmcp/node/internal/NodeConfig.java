package org.rmcp.node.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code org.rmcp.node}: the container's role and name. */
@ObjectClassDefinition(name = "Secure RMCP-2 node", description = "Role and name of this container")
public @interface NodeConfig {
    @AttributeDefinition(description = "sm or ma")
    String role() default "ma";

    @AttributeDefinition(description = "Operator-given container name")
    String name() default "rmcp";

    @AttributeDefinition(description = "Install the role's feature (rmcp-sm / rmcp-ma) on activation")
    boolean installRoleFeature() default true;
}

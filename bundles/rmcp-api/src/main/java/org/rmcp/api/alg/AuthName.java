package org.rmcp.api.alg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type carrying the X.603.1 Amd.1 Table 22 AUTH_NAME (authentication mechanism) code of an algorithm
 * service: a single-element annotation, so DS 112.8.2.1 maps it, with {@link #PREFIX_}, to
 * the service property {@code rmcp.auth.name} (an {@code Integer}).
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AuthName {
    /** Prefix DS puts before the derived property name. */
    String PREFIX_ = "rmcp.";

    /** The service property this type produces. */
    String PROPERTY = "rmcp.auth.name";

    /** @return the spec code value */
    int value();
}

package org.rmcp.api.alg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for an algorithm's human name (service property
 * {@code rmcp.algorithm.name}, e.g. {@code AES-128-CBC}).
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AlgorithmName {
    /** Prefix DS puts before the derived property name. */
    String PREFIX_ = "rmcp.";

    /** The service property this type produces. */
    String PROPERTY = "rmcp.algorithm.name";

    /** @return the human name */
    String value();
}

package org.rmcp.api;

/**
 * One algorithm service installed in this container, as {@code rmcp:alg-list} shows it.
 *
 * @param type which table the code belongs to
 * @param code the code value
 * @param name human name
 * @param weak whether it is marked weak
 * @param bundle symbolic name of the bundle that registered it
 * @param version that bundle's version
 * @param origin where the bundle came from (its location, e.g. {@code mvn:…} or the SM
 *     repository URL it was provisioned from)
 * @since 1.0
 */
public record AlgorithmInfo(AlgorithmType type, int code, String name, boolean weak, String bundle,
                            String version, String origin) {
}

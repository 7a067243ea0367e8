package org.rmcp.alg.registry.internal;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.spi.SecurityAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a bound algorithm service into a {@link RegisteredAlgorithm}, or rejects it with a
 * warning: the code must be in the type's service property (Table 16/17/20/22 code, e.g.
 * {@code rmcp.en.dec.id}) and equal the service's own {@code code()}.
 */
final class ServiceEntries {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceEntries.class);

    private ServiceEntries() {
    }

    /** @return the entry, or empty (after logging why) when the service is not usable */
    static Optional<RegisteredAlgorithm> create(AlgorithmType type, SecurityAlgorithm service,
                                                ServiceReference<?> ref, Map<String, ?> props) {
        Object idValue = props.get(Constants.SERVICE_ID);
        if (!(idValue instanceof Number)) {
            LOG.warn("Ignoring {} service without {}", type, Constants.SERVICE_ID);
            return Optional.empty();
        }
        long serviceId = ((Number) idValue).longValue();
        Object raw = props.get(type.property());
        OptionalInt code = parseCode(raw);
        if (code.isEmpty()) {
            LOG.warn("Ignoring {} service {}: property {} missing or not a code ({})",
                type, serviceId, type.property(), raw);
            return Optional.empty();
        }
        AlgorithmInfo info;
        try {
            if (service.code() != code.getAsInt()) {
                LOG.warn("Ignoring {} service {}: property {}={} but code() is {}",
                    type, serviceId, type.property(), code.getAsInt(), service.code());
                return Optional.empty();
            }
            Provenance p = Provenance.of(ref);
            info = new AlgorithmInfo(type, code.getAsInt(), name(service, props), service.weak(),
                p.bundle(), p.version(), p.origin());
        } catch (RuntimeException e) {
            LOG.warn("Ignoring {} service {}: it failed to describe itself: {}", type, serviceId, e.toString());
            return Optional.empty();
        }
        return Optional.of(new RegisteredAlgorithm(info, service, serviceId, ranking(props)));
    }

    /** {@code name()}, or the {@code rmcp.alg.name} property, or {@code "?"}. */
    private static String name(SecurityAlgorithm service, Map<String, ?> props) {
        String name = service.name();
        if (name == null || name.isBlank()) {
            Object prop = props.get(AlgorithmName.PROPERTY);
            name = prop == null ? "?" : prop.toString();
        }
        return name;
    }

    /**
     * Reads a code property: an Integer as DS component property types write it, or a Long, or
     * a decimal / {@code 0x} hexadecimal String. Negative or non-int values are rejected.
     */
    static OptionalInt parseCode(Object value) {
        long v;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            v = ((Number) value).longValue();
        } else if (value instanceof String) {
            try {
                v = Long.decode(((String) value).trim());
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        } else {
            return OptionalInt.empty();
        }
        return v < 0 || v > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) v);
    }

    /** {@code service.ranking}, or 0 when missing or not an Integer (OSGi core 5.2.5). */
    static int ranking(Map<String, ?> props) {
        Object r = props.get(Constants.SERVICE_RANKING);
        return r instanceof Integer ? (Integer) r : 0;
    }
}

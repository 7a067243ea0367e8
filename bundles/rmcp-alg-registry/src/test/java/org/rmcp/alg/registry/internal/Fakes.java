package org.rmcp.alg.registry.internal;

import java.lang.reflect.Proxy;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.AlgorithmType;
import org.rmcp.spi.SecurityAlgorithm;

/** Hand-written fakes (java.lang.reflect.Proxy) for algorithm services, bundles and references. */
public final class Fakes {
    private static final AtomicLong IDS = new AtomicLong(1000);

    private Fakes() {
    }

    /**
     * An algorithm of {@code type} whose {@code selfTest()} throws a GeneralSecurityException with
     * {@code failure} unless it is {@code null}; every other SPI method is unsupported.
     */
    public static SecurityAlgorithm algorithm(AlgorithmType type, int code, String name, boolean weak, String failure) {
        Object proxy = Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type.spi()}, (p, m, args) -> {
            switch (m.getName()) {
                case "code": return code;
                case "name": return name;
                case "weak": return weak;
                case "selfTest":
                    if (failure != null) {
                        throw new GeneralSecurityException(failure);
                    }
                    return null;
                case "toString": return name;
                case "hashCode": return System.identityHashCode(p);
                case "equals": return p == args[0];
                default: throw new UnsupportedOperationException(m.getName());
            }
        });
        return type.spi().cast(proxy);
    }

    /** A reference whose bundle has that name, version, location and optional RMCP-Origin header. */
    public static ServiceReference<?> reference(String bsn, String version, String location, String originHeader) {
        Hashtable<String, String> headers = new Hashtable<>();
        if (originHeader != null) {
            headers.put("RMCP-Origin", originHeader);
        }
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {Bundle.class},
            (p, m, args) -> {
                switch (m.getName()) {
                    case "getSymbolicName": return bsn;
                    case "getVersion": return Version.parseVersion(version);
                    case "getLocation": return location;
                    case "getHeaders": return headers;
                    default: throw new UnsupportedOperationException(m.getName());
                }
            });
        return (ServiceReference<?>) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
            new Class<?>[] {ServiceReference.class}, (p, m, args) -> {
                if (m.getName().equals("getBundle")) {
                    return bundle;
                }
                throw new UnsupportedOperationException(m.getName());
            });
    }

    /** A reference of bundle {@code org.example.alg} 1.2.3 from {@code mvn:org.example/alg/1.2.3}. */
    public static ServiceReference<?> reference() {
        return reference("org.example.alg", "1.2.3", "mvn:org.example/alg/1.2.3", null);
    }

    /** Service properties: id, optional ranking, and the type's code property when {@code code != null}. */
    public static Map<String, Object> props(AlgorithmType type, Object code, long serviceId, Integer ranking) {
        Map<String, Object> props = new HashMap<>();
        props.put(Constants.SERVICE_ID, serviceId);
        if (ranking != null) {
            props.put(Constants.SERVICE_RANKING, ranking);
        }
        if (code != null) {
            props.put(type.property(), code);
        }
        return props;
    }

    /** Binds {@code alg} to {@code registry} as DS would, with a fresh service id and ranking 0. */
    public static long bind(AlgorithmRegistryComponent registry, SecurityAlgorithm alg, AlgorithmType type) {
        long id = IDS.incrementAndGet();
        bind(registry, type, alg, props(type, alg.code(), id, null));
        return id;
    }

    /** Calls the bind method of {@code type}, as DS would. */
    @SuppressWarnings("unchecked")
    static void bind(AlgorithmRegistryComponent r, AlgorithmType type, SecurityAlgorithm alg, Map<String, Object> props) {
        ServiceReference<?> ref = reference();
        switch (type) {
            case EN_DEC -> r.bindEncDec((org.rmcp.spi.cipher.EncDecAlgorithm) alg, (ServiceReference<org.rmcp.spi.cipher.EncDecAlgorithm>) ref, props);
            case AUTH -> r.bindAuth((org.rmcp.spi.mac.AuthAlgorithm) alg, (ServiceReference<org.rmcp.spi.mac.AuthAlgorithm>) ref, props);
            case GK -> r.bindGk((org.rmcp.spi.gk.GkMechanism) alg, (ServiceReference<org.rmcp.spi.gk.GkMechanism>) ref, props);
            case MEM_AUTH -> r.bindMemAuth((org.rmcp.spi.auth.MembershipAuth) alg, (ServiceReference<org.rmcp.spi.auth.MembershipAuth>) ref, props);
            default -> throw new IllegalArgumentException(type.name());
        }
    }

    /** Calls the unbind method of {@code type}, as DS would. */
    static void unbind(AlgorithmRegistryComponent r, AlgorithmType type, Map<String, Object> props) {
        switch (type) {
            case EN_DEC -> r.unbindEncDec(props);
            case AUTH -> r.unbindAuth(props);
            case GK -> r.unbindGk(props);
            case MEM_AUTH -> r.unbindMemAuth(props);
            default -> throw new IllegalArgumentException(type.name());
        }
    }

    /** A real registry holding {@code algs}, each bound under every SPI type it implements. */
    public static AlgorithmRegistry registry(SecurityAlgorithm... algs) {
        AlgorithmRegistryComponent r = new AlgorithmRegistryComponent();
        for (SecurityAlgorithm a : algs) {
            for (AlgorithmType t : AlgorithmType.values()) {
                if (t.spi().isInstance(a)) {
                    bind(r, a, t);
                }
            }
        }
        return r;
    }
}

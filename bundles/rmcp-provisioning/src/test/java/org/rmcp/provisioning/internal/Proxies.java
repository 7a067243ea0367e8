package org.rmcp.provisioning.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Map;
import org.osgi.framework.BundleContext;

/** Hand-made stand-ins for what DS passes to an activator: a configuration annotation and a bundle context. */
public final class Proxies {
    private Proxies() {
    }

    /** @return an instance of config annotation {@code type}: values from {@code values}, else the defaults */
    public static <A> A config(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (values.containsKey(m.getName())) {
                return values.get(m.getName());
            }
            if (m.getDefaultValue() != null) {
                return m.getDefaultValue();
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }

    /** @return a context answering only {@code getProperty} and {@code getDataFile} */
    public static BundleContext context(Map<String, String> properties, Path dataDir) {
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
            new Class<?>[] {BundleContext.class}, (p, m, args) -> {
                switch (m.getName()) {
                    case "getProperty":
                        return properties.get((String) args[0]);
                    case "getDataFile":
                        return dataDir.resolve((String) args[0]).toFile();
                    case "toString":
                        return "test context";
                    default:
                        throw new UnsupportedOperationException(m.getName());
                }
            });
    }
}

package org.rmcp.provisioning.internal.provisioner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.framework.Version;
import org.rmcp.provisioning.internal.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SM repository's OSGi R5 index ({@code index.xml}, Repository Service spec 132.5), as much
 * of it as the MA needs to find the providers of a module's missing packages: per resource its
 * identity, content (URL, SHA-256, size) and exported packages. Parsed with DTDs and external
 * entities off; anything malformed fails with a {@link ProvisioningException} naming it.
 */
final class RepositoryIndex {
    private static final String NS = "http://www.osgi.org/xmlns/repository/v1.0.0";

    /** One resource: what to fetch and which packages it exports (attributes as a resolver sees them). */
    record Resource(String bsn, Version version, String url, String sha256, long size,
                    List<Map<String, Object>> packages) {
    }

    private final List<Resource> resources;

    private RepositoryIndex(List<Resource> resources) {
        this.resources = List.copyOf(resources);
    }

    List<Resource> resources() {
        return resources;
    }

    static RepositoryIndex parse(byte[] xml) throws ProvisioningException {
        Document doc;
        try {
            doc = SecureXml.parse(xml);
        } catch (Exception e) {
            throw new ProvisioningException("Repository index is not valid XML: " + e.getMessage(), e);
        }
        List<Resource> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS(NS, "resource");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(resource((Element) nodes.item(i)));
        }
        return new RepositoryIndex(out);
    }

    private static Resource resource(Element r) throws ProvisioningException {
        String bsn = null;
        Version version = null;
        String url = null;
        String sha = null;
        long size = -1;
        List<Map<String, Object>> packages = new ArrayList<>();
        NodeList caps = r.getElementsByTagNameNS(NS, "capability");
        for (int i = 0; i < caps.getLength(); i++) {
            Element c = (Element) caps.item(i);
            Map<String, Object> a = attributes(c);
            switch (c.getAttribute("namespace")) {
                case "osgi.identity" -> {
                    bsn = (String) a.get("osgi.identity");
                    version = (Version) a.get("version");
                }
                case "osgi.content" -> {
                    url = (String) a.get("url");
                    sha = a.get("osgi.content") instanceof String s ? s.toLowerCase(Locale.ROOT) : null;
                    size = a.get("size") instanceof Long l ? l : -1;
                }
                case "osgi.wiring.package" -> packages.add(a);
                default -> {
                    // other namespaces do not decide which bundle to fetch
                }
            }
        }
        if (bsn == null || version == null || url == null || sha == null || size <= 0) {
            throw new ProvisioningException("Repository index resource without identity or content: " + bsn);
        }
        return new Resource(bsn, version, url, sha, size, packages);
    }

    private static Map<String, Object> attributes(Element capability) throws ProvisioningException {
        Map<String, Object> out = new HashMap<>();
        NodeList attrs = capability.getElementsByTagNameNS(NS, "attribute");
        for (int i = 0; i < attrs.getLength(); i++) {
            Element a = (Element) attrs.item(i);
            String name = a.getAttribute("name");
            String value = a.getAttribute("value");
            try {
                out.put(name, switch (a.getAttribute("type")) {
                    case "Version" -> Version.parseVersion(value);
                    case "Long" -> Long.parseLong(value);
                    case "Double" -> Double.parseDouble(value);
                    case "List<String>" -> List.of(value.split("\\s*,\\s*"));
                    default -> value;
                });
            } catch (IllegalArgumentException e) {
                throw new ProvisioningException("Repository index attribute " + name + " malformed: " + value, e);
            }
        }
        return out;
    }
}

package org.rmcp.provisioning.internal.repository;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.rmcp.api.AlgorithmType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads which algorithm codes a bundle's DS components provide (OSGi Compendium 112.4: the
 * {@code Service-Component} descriptors), so the SM can answer SECALGREQ (X.603.1 Amd.1 11.2.7)
 * without starting the bundle: a {@code <provide interface>} of an algorithm SPI plus its code
 * property ({@code rmcp.en.dec.id}, {@code rmcp.auth.id}, {@code rmcp.gk.name}, {@code rmcp.auth.name}).
 */
final class ComponentDescriptors {
    /** One algorithm a component provides. */
    record Provided(AlgorithmType type, int code) {
    }

    private ComponentDescriptors() {
    }

    /** @return what the jar's components provide, in descriptor order, without duplicates */
    static List<Provided> read(JarFile jar) throws IOException {
        String header = jar.getManifest() == null ? null
            : jar.getManifest().getMainAttributes().getValue("Service-Component");
        Set<Provided> out = new LinkedHashSet<>();
        if (header == null) {
            return List.of();
        }
        for (String clause : header.split(",")) {
            String path = clause.split(";", 2)[0].trim();
            for (JarEntry e : entries(jar, path)) {
                try (InputStream in = jar.getInputStream(e)) {
                    out.addAll(parse(in));
                } catch (SAXException | ParserConfigurationException ex) {
                    throw new IOException("Malformed component descriptor " + e.getName() + ": " + ex.getMessage(), ex);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Matches a header path; DS allows a {@code *} wildcard in the last segment. */
    private static List<JarEntry> entries(JarFile jar, String path) {
        List<JarEntry> list = new ArrayList<>();
        int slash = path.lastIndexOf('/');
        String dir = path.substring(0, slash + 1);
        String glob = path.substring(slash + 1);
        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements();) {
            JarEntry e = en.nextElement();
            String name = e.getName();
            if (!e.isDirectory() && name.startsWith(dir) && name.indexOf('/', dir.length()) < 0
                    && matches(glob, name.substring(dir.length()))) {
                list.add(e);
            }
        }
        return list;
    }

    private static boolean matches(String glob, String name) {
        int star = glob.indexOf('*');
        if (star < 0) {
            return glob.equals(name);
        }
        String head = glob.substring(0, star);
        String tail = glob.substring(star + 1);
        return name.length() >= head.length() + tail.length() && name.startsWith(head) && name.endsWith(tail);
    }

    static List<Provided> parse(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        Document doc = builder().parse(in);
        List<Provided> out = new ArrayList<>();
        NodeList components = doc.getElementsByTagNameNS("*", "component");
        for (int i = 0; i < components.getLength(); i++) {
            if (components.item(i) instanceof Element c && "component".equals(c.getLocalName())) {
                component(c, out);
            }
        }
        return out;
    }

    private static void component(Element c, List<Provided> out) {
        List<String> interfaces = new ArrayList<>();
        NodeList provides = c.getElementsByTagNameNS("*", "provide");
        for (int i = 0; i < provides.getLength(); i++) {
            interfaces.add(((Element) provides.item(i)).getAttribute("interface"));
        }
        NodeList props = c.getElementsByTagNameNS("*", "property");
        for (AlgorithmType t : AlgorithmType.values()) {
            if (!interfaces.contains(t.spi().getName())) {
                continue;
            }
            for (int i = 0; i < props.getLength(); i++) {
                Element p = (Element) props.item(i);
                Integer code = code(p);
                if (t.property().equals(p.getAttribute("name")) && code != null) {
                    out.add(new Provided(t, code));
                }
            }
        }
    }

    private static Integer code(Element p) {
        // the registry reads numbers and numeric strings alike (rmcp-alg-registry ServiceEntries)
        if (!List.of("", "String", "Integer", "Long", "Short", "Byte").contains(p.getAttribute("type"))) {
            return null;
        }
        try {
            long v = Long.decode(p.getAttribute("value").trim());
            return v >= 0 && v <= 0xFF ? (int) v : null;
        } catch (NumberFormatException e) {
            return null; // a property without a single value (array form) names no code
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        return org.rmcp.provisioning.internal.SecureXml.builder();
    }
}

package org.rmcp.gk.kdc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Resource;
import java.io.File;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.annotations.Component;
import org.rmcp.api.alg.GkName;
import org.rmcp.spi.gk.GkMechanism;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DS descriptor bnd makes from {@link KdcMechanism}'s annotations (the build's bndlib and
 * {@code -dsannotations}, run here on the compiled classes since the jar does not exist yet in
 * {@code test}): one GkMechanism service with {@code rmcp.gk.name} = 0x01 as an {@code Integer}
 * (DS 112.8.2.1 component property type {@link GkName}) and {@code rmcp.algorithm.name} = KDC.
 */
class ComponentDescriptorTest {
    private static final String DESCRIPTOR = "OSGI-INF/" + KdcMechanism.class.getName() + ".xml";
    private static Element component;

    @BeforeAll
    static void generate() throws Exception {
        try (Builder b = new Builder()) {
            b.setProperty("-dsannotations", "*");
            b.setProperty("-dsannotations-options", "inherit");
            b.setProperty("-privatepackage", KdcMechanism.class.getPackageName());
            b.setProperty("Bundle-SymbolicName", "org.rmcp.gk.kdc.test");
            b.addClasspath(location(KdcMechanism.class));
            b.addClasspath(location(GkName.class));
            b.addClasspath(location(Component.class));
            try (Jar jar = b.build()) {
                assertEquals(List.of(), b.getErrors());
                Resource r = jar.getResource(DESCRIPTOR);
                assertNotNull(r, DESCRIPTOR + " in " + jar.getResources().keySet());
                assertEquals(DESCRIPTOR, jar.getManifest().getMainAttributes().getValue("Service-Component"));
                try (InputStream in = r.openInputStream()) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                    Document doc = f.newDocumentBuilder().parse(in);
                    component = doc.getDocumentElement();
                }
            }
        }
    }

    private static File location(Class<?> c) throws URISyntaxException {
        return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Map<String, Element> properties() {
        Map<String, Element> out = new HashMap<>();
        NodeList list = component.getElementsByTagName("property");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            out.put(e.getAttribute("name"), e);
        }
        return out;
    }

    @Test
    void gkNameIsTheInteger0x01() {
        Element p = properties().get(GkMechanism.PROPERTY);
        assertNotNull(p, "rmcp.gk.name property");
        assertEquals("rmcp.gk.name", GkName.PROPERTY);
        assertEquals("Integer", p.getAttribute("type"));
        assertEquals(1, Integer.decode(p.getAttribute("value")));
    }

    @Test
    void algorithmNameIsKdc() {
        Element p = properties().get("rmcp.algorithm.name");
        assertNotNull(p, "rmcp.algorithm.name property");
        assertTrue(p.getAttribute("type").isEmpty() || p.getAttribute("type").equals("String"));
        assertEquals("KDC", p.getAttribute("value"));
    }

    @Test
    void providesGkMechanismOnly() {
        NodeList provide = component.getElementsByTagName("provide");
        assertEquals(1, provide.getLength());
        assertEquals(GkMechanism.class.getName(), ((Element) provide.item(0)).getAttribute("interface"));
        assertEquals(KdcMechanism.class.getName(),
            ((Element) component.getElementsByTagName("implementation").item(0)).getAttribute("class"));
    }
}

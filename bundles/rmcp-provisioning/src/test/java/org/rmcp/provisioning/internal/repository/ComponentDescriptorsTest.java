package org.rmcp.provisioning.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.internal.repository.ComponentDescriptors.Provided;
import org.xml.sax.SAXException;

/** Reading algorithm codes from DS component descriptors (OSGi Compendium 112.4). */
class ComponentDescriptorsTest {
    private static List<Provided> parse(String xml) throws Exception {
        return ComponentDescriptors.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String component(String iface, String props) {
        return "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"c\">" + props
            + "<service><provide interface=\"" + iface + "\"/></service><implementation class=\"x.C\"/></scr:component>";
    }

    @Test
    void readsTheCodeOfTheProvidedSpi() throws Exception {
        assertEquals(List.of(new Provided(AlgorithmType.EN_DEC, 4)), parse(component("org.rmcp.spi.cipher.EncDecAlgorithm",
            "<property name=\"rmcp.en.dec.id\" type=\"Integer\" value=\"4\"/>")));
        assertEquals(List.of(new Provided(AlgorithmType.GK, 5)), parse(component("org.rmcp.spi.gk.GkMechanism",
            "<property name=\"rmcp.gk.name\" value=\"0x05\"/>")));
    }

    @Test
    void codeOfAnotherTableOrOtherServiceIsIgnored() throws Exception {
        assertEquals(List.of(), parse(component("org.rmcp.spi.mac.AuthAlgorithm",
            "<property name=\"rmcp.en.dec.id\" type=\"Integer\" value=\"4\"/>")));
        assertEquals(List.of(), parse(component("org.example.Other",
            "<property name=\"rmcp.en.dec.id\" type=\"Integer\" value=\"4\"/>")));
        assertEquals(List.of(), parse(component("org.rmcp.spi.cipher.EncDecAlgorithm",
            "<property name=\"rmcp.en.dec.id\" type=\"Double\" value=\"4\"/>")));
        assertEquals(List.of(), parse(component("org.rmcp.spi.cipher.EncDecAlgorithm",
            "<property name=\"rmcp.en.dec.id\" type=\"Integer\" value=\"300\"/>")));
    }

    @Test
    void severalComponentsInOneDescriptor() throws Exception {
        String xml = "<components xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\">"
            + component("org.rmcp.spi.mac.AuthAlgorithm", "<property name=\"rmcp.auth.id\" type=\"Integer\" value=\"1\"/>")
                .replace(" xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\"", "")
            + component("org.rmcp.spi.auth.MembershipAuth", "<property name=\"rmcp.auth.name\" type=\"Integer\" value=\"1\"/>")
                .replace(" xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\"", "")
            + "</components>";
        assertEquals(List.of(new Provided(AlgorithmType.AUTH, 1), new Provided(AlgorithmType.MEM_AUTH, 1)), parse(xml));
    }

    @Test
    void doctypeIsRefused() {
        String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + component("org.rmcp.spi.cipher.EncDecAlgorithm", "<property name=\"rmcp.en.dec.id\" value=\"&e;\"/>");
        assertThrows(SAXException.class, () -> parse(xml));
    }
}

package org.rmcp.provisioning.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * XML from jars and repositories that may be hostile (DS descriptors, the R5 index): namespace
 * aware, secure processing on, DOCTYPE refused, so no external entity or DTD is ever read.
 */
public final class SecureXml {
    private SecureXml() {
    }

    /** @return a new builder with the settings above (silent: errors arrive as exceptions) */
    public static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b;
    }

    /** @return the parsed document */
    public static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        return builder().parse(new ByteArrayInputStream(xml));
    }
}

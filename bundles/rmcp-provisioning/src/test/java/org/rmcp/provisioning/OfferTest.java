package org.rmcp.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rmcp.api.AlgorithmType;

/** {@link Offer} validation and its text form; {@link ProvisioningResult} consistency. */
class OfferTest {
    private static final String SHA = "ab".repeat(32);

    static Offer offer(String path) {
        return new Offer("org.rmcp.cipher.seed", "0.1.0.SNAPSHOT", AlgorithmType.EN_DEC, 4, SHA, path, 17626);
    }

    @Test
    void textRoundTrip() {
        Offer o = offer("bundles/org.rmcp.cipher.seed-0.1.0.SNAPSHOT.jar");
        assertEquals("bsn=org.rmcp.cipher.seed;version=0.1.0.SNAPSHOT;type=EN_DEC;code=4;sha256=" + SHA
            + ";path=bundles/org.rmcp.cipher.seed-0.1.0.SNAPSHOT.jar;size=17626", o.toText());
        assertEquals(o, Offer.parse(o.toText()));
    }

    @Test
    void upperCaseDigestIsNormalised() {
        Offer o = new Offer("a", "1.0.0", AlgorithmType.AUTH, 1, SHA.toUpperCase(), "bundles/a.jar", 1);
        assertEquals(SHA, o.sha256());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundles/../index.xml", "../bundles/a.jar", "/bundles/a.jar", "bundles/a/b.jar",
        "bundles/.hidden.jar", "bundles/a.jar?x=1", "bundles/a%2F.jar", "index.xml", "bundles/a.zip"})
    void pathsOutsideTheRepositoryAreRefused(String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> offer(path));
        assertTrue(e.getMessage().contains("path"), e.getMessage());
    }

    @Test
    void malformedFieldsAreRefused() {
        assertThrows(IllegalArgumentException.class,
            () -> new Offer("a;b", "1.0.0", AlgorithmType.AUTH, 1, SHA, "bundles/a.jar", 1));
        assertThrows(IllegalArgumentException.class,
            () -> new Offer("a", "1.x", AlgorithmType.AUTH, 1, SHA, "bundles/a.jar", 1));
        assertThrows(IllegalArgumentException.class,
            () -> new Offer("a", "1.0.0", AlgorithmType.AUTH, 256, SHA, "bundles/a.jar", 1));
        assertThrows(IllegalArgumentException.class,
            () -> new Offer("a", "1.0.0", AlgorithmType.AUTH, 1, SHA.substring(2), "bundles/a.jar", 1));
        assertThrows(IllegalArgumentException.class,
            () -> new Offer("a", "1.0.0", AlgorithmType.AUTH, 1, SHA, "bundles/a.jar", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bsn=a", "bsn=a;version=1;type=AUTH;code=1;sha256=x;path=bundles/a.jar;size=1;extra=1",
        "bsn=a;bsn=a;type=AUTH;code=1;sha256=x;path=bundles/a.jar;size=1",
        "bsn=a;version=1;type=NOPE;code=1;sha256=" + "ab" + ";path=bundles/a.jar;size=1"})
    void malformedTextIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Offer.parse(text));
    }

    @Test
    void resultFieldsMustAgree() {
        Offer o = offer("bundles/a.jar");
        assertTrue(ProvisioningResult.success(o, 7, "rmcp-repo:x").ok());
        assertEquals("digest", ProvisioningResult.failed(o, "digest").reason());
        assertThrows(IllegalArgumentException.class, () -> new ProvisioningResult(o, true, 7, "x", "why"));
        assertThrows(IllegalArgumentException.class, () -> new ProvisioningResult(o, false, 7, "", "why"));
        assertThrows(IllegalArgumentException.class, () -> new ProvisioningResult(o, false, -1, "", ""));
    }
}

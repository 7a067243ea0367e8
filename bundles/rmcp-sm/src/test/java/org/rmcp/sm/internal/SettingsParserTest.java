package org.rmcp.sm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rmcp.api.AlgorithmType;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;

/** Configuration to settings: code lists, Session ID, names, defaults and errors. */
class SettingsParserTest {
    /** A SessionConfig with its annotation defaults, overridden by {@code values}. */
    static SessionConfig config(Map<String, Object> values) {
        return (SessionConfig) Proxy.newProxyInstance(SessionConfig.class.getClassLoader(),
            new Class<?>[] {SessionConfig.class}, (p, m, args) -> {
                if (m.getName().equals("annotationType")) {
                    return SessionConfig.class;
                }
                return values.containsKey(m.getName()) ? values.get(m.getName()) : defaultOf(m);
            });
    }

    private static Object defaultOf(Method m) {
        Object d = m.getDefaultValue();
        if (d == null) {
            throw new UnsupportedOperationException(m.getName());
        }
        return d;
    }

    @Test
    void defaultsMatchTheDocumentedValues() {
        SessionSettings s = SettingsParser.parse(config(Map.of()), "demo");
        assertEquals(GpAttribute.OPEN, s.limits().groupAttribute());
        assertEquals(List.of(0x11, 0x12, 0x01, 0x02, 0x04), s.limits().allowed(AlgorithmType.EN_DEC));
        assertEquals(List.of(0x01, 0x02), s.limits().allowed(AlgorithmType.AUTH));
        assertEquals(List.of(GkMecha.values()), s.limits().gkMechas());
        assertEquals(Duration.ofMillis(5000), s.agreeTime());
        assertEquals(Duration.ofSeconds(3600), s.ksUpdateInterval());
        assertEquals(16, s.ksLength());
        assertEquals(3, s.timing().maxRetransmits());
        assertEquals("psk", s.transport().tlsMode());
        assertEquals(7300, s.transport().port());
        assertEquals(SettingsParser.sessionId("", "demo"), s.sessionId());
    }

    @Test
    void cfgStringListsAreSplitAndDeduplicated() {
        assertEquals(List.of(0x11, 0x01, 4), SettingsParser.codes("enDecIds", new String[] {"0x11, 0x01 4", "0x01"}));
        assertEquals(List.of(), SettingsParser.codes("x", new String[] {""}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SettingsParser.codes("authIds", new String[] {"0x01,md5"}));
        assertTrue(e.getMessage().startsWith("authIds: 'md5'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SettingsParser.codes("gkNames", new String[] {"0x100"}));
    }

    @Test
    void sessionIdIsHexDecimalOrDerivedFromTheName() {
        assertEquals(0xFEDCBA9876543210L, SettingsParser.sessionId("0xFEDCBA9876543210", "x"));
        assertEquals(-1L, SettingsParser.sessionId("18446744073709551615", "x"));
        assertEquals(SettingsParser.sessionId(" ", "a"), SettingsParser.sessionId("", "a"));
        assertNotEquals(SettingsParser.sessionId("", "a"), SettingsParser.sessionId("", "b"));
        assertThrows(IllegalArgumentException.class, () -> SettingsParser.sessionId("0x1FFFFFFFFFFFFFFFF", "x"));
    }

    @Test
    void nameComesFromAttributePidOrFile() {
        Map<String, Object> props = new HashMap<>();
        props.put("service.pid", "org.rmcp.sm.session~news");
        assertEquals("news", SettingsParser.sessionName("", props));
        assertEquals("given", SettingsParser.sessionName(" given ", props));
        props.put("service.pid", "org.rmcp.sm.session.4f2a");
        props.put("felix.fileinstall.filename", "file:/opt/karaf/etc/org.rmcp.sm.session-sports.cfg");
        assertEquals("sports", SettingsParser.sessionName(null, props));
        props.remove("felix.fileinstall.filename");
        assertEquals("org.rmcp.sm.session.4f2a", SettingsParser.sessionName("", props));
    }

    @Test
    void badValuesNameTheAttribute() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SettingsParser.parse(
            config(Map.of("groupAttribute", "secret")), "x")).getMessage().startsWith("groupAttribute"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SettingsParser.parse(
            config(Map.of("tlsMode", "none")), "x")).getMessage().startsWith("tlsMode"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SettingsParser.parse(
            config(Map.of("securityAgreeTimeMs", 0L)), "x")).getMessage().startsWith("securityAgreeTimeMs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SettingsParser.parse(
            config(Map.of("ksLength", 8)), "x")).getMessage().startsWith("ksLength"));
    }

    @Test
    void closedAndProvisionableCodesAreRead() {
        SessionSettings s = SettingsParser.parse(config(Map.of("groupAttribute", "CLOSED",
            "provisionableEnDecIds", new String[] {"0x04"}, "gkMechas", new String[] {"0x06,0x07"})), "x");
        assertEquals(GpAttribute.CLOSED, s.limits().groupAttribute());
        assertTrue(s.limits().provisionable(AlgorithmType.EN_DEC, 0x04));
        assertEquals(List.of(GkMecha.BACKWARD_FORWARD, GkMecha.PERIODIC_FORWARD_BACKWARD), s.limits().gkMechas());
    }
}

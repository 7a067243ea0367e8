package org.rmcp.ma.internal.component;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.transport.TlsConfig;

/** An MA session's configuration becomes checked settings; every bad attribute is named. */
class MaSettingsTest {
    private static final String KEY = "000102030405060708090a0b0c0d0e0f";

    @TempDir
    Path dir;

    /** @return the config with the annotation's defaults and these values (as DS would give it) */
    static MaSessionConfig config(Map<String, Object> values) {
        return (MaSessionConfig) Proxy.newProxyInstance(MaSessionConfig.class.getClassLoader(),
            new Class<?>[] {MaSessionConfig.class}, (p, m, args) -> {
                if (values.containsKey(m.getName())) {
                    return values.get(m.getName());
                }
                if (m.getName().equals("annotationType")) {
                    return MaSessionConfig.class;
                }
                Object d = m.getDefaultValue();
                if (d == null) {
                    throw new IllegalStateException("no value for " + m.getName());
                }
                return d;
            });
    }

    private Map<String, Object> psk(String role) throws IOException {
        Path f = Files.writeString(dir.resolve(role + ".psk"), "# mine\nother = ffffffffffffffffffffffffffffffff\n" + role
            + " = " + KEY + "\n");
        Map<String, Object> m = new HashMap<>();
        m.put("role", role);
        m.put("maid", "127.0.0.1:7001");
        m.put("pskIdentity", role);
        m.put("pskFile", f.toString());
        return m;
    }

    @Test
    void anSmaConfigurationCarriesItsProposalPreferencesAndKey() throws Exception {
        Map<String, Object> m = psk("sma");
        m.put("proposeEnDecId", "0x04");
        m.put("proposeGkMecha", "0x06");
        m.put("enDecPrefer", new String[] {"0x04:1, 0x01:2"});
        m.put("smPort", 7444);
        MaSettings s = MaSettings.parse(config(m), "news");
        assertEquals(NodeType.SMA, s.config().role());
        assertEquals(Maid.parse("127.0.0.1:7001"), s.config().maid());
        assertEquals(4, s.config().proposal().conEnDecId());
        assertEquals(GkMecha.BACKWARD_FORWARD, s.config().proposal().gkMecha());
        assertEquals(GpAttribute.OPEN, s.config().proposal().gpAttribute());
        assertEquals(Map.of(4, 1, 1, 2), s.config().enDecPrefer());
        assertEquals(7444, s.sm().getPort());
        assertEquals(TlsConfig.Mode.PSK, s.tls().mode());
        assertEquals("sma", s.tls().pskIdentity());
        assertArrayEquals(HexFormat.of().parseHex(KEY), s.tls().pskKey());
        assertEquals(MaSettings.sessionId("", "news"), s.config().sessionId());
    }

    @Test
    void aDmaHasNoProposalAndAnRmaMayCarryItsServiceUserId() throws Exception {
        assertNull(MaSettings.parse(config(psk("dma")), "news").config().proposal());
        Map<String, Object> rma = psk("rma");
        rma.put("servUserId", "c0ffee");
        rma.put("sessionId", "0x0123456789abcdef");
        MaSettings s = MaSettings.parse(config(rma), "news");
        assertEquals("c0ffee", s.config().servUserId().hex());
        assertEquals(0x0123456789abcdefL, s.config().sessionId());
    }

    @Test
    void badAttributesAreNamed() throws Exception {
        Map<String, Object> m = psk("dma");
        m.put("role", "hma");
        assertMessage(m, "role");
        m = psk("dma");
        m.put("maid", "nowhere");
        assertMessage(m, "maid");
        m = psk("dma");
        m.put("enDecPrefer", new String[] {"0x04"});
        assertMessage(m, "enDecPrefer");
        m = psk("dma");
        m.put("enDecPrefer", new String[] {"0x04:9"});
        assertMessage(m, "PREFER");
        m = psk("dma");
        m.put("tlsMode", "none");
        assertMessage(m, "tlsMode");
        Map<String, Object> stranger = psk("dma");
        stranger.put("pskIdentity", "stranger");
        IOException e = assertThrows(IOException.class, () -> MaSettings.parse(config(stranger), "x"));
        assertTrue(e.getMessage().contains("stranger"), e.getMessage());
    }

    private static void assertMessage(Map<String, Object> m, String word) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MaSettings.parse(config(m), "x"));
        assertTrue(e.getMessage().contains(word), e.getMessage());
    }

    @Test
    void theSessionNameComesFromTheFactoryConfiguration() {
        assertEquals("news", MaSessionComponent.sessionName("", Map.of("service.pid", "org.rmcp.ma.session~news")));
        assertEquals("sports", MaSessionComponent.sessionName("", Map.of("service.pid", "org.rmcp.ma.session.1234",
            "felix.fileinstall.filename", "file:/opt/etc/org.rmcp.ma.session-sports.cfg")));
        assertEquals("given", MaSessionComponent.sessionName(" given ", Map.of()));
    }
}

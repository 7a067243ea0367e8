package org.rmcp.sm.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** {@code rmcp:session-create} writes a named factory configuration through a (fake) ConfigurationAdmin. */
class SessionCreateCommandTest {
    @TempDir
    Path etc;

    private final ShellFixture f = new ShellFixture();
    private final List<String> calls = new ArrayList<>();
    private Dictionary<String, Object> written;
    private Configuration[] existing;
    private final SessionCreateCommand command = new SessionCreateCommand();

    SessionCreateCommandTest() {
        command.out = f.out;
        command.configAdmin = configAdmin();
        command.name = "news";
    }

    @SuppressWarnings("unchecked")
    private ConfigurationAdmin configAdmin() {
        Configuration config = (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Configuration.class}, (p, m, args) -> {
                if (m.getName().equals("update") && args != null && args.length == 1) {
                    written = (Dictionary<String, Object>) args[0];
                    return null;
                }
                throw new UnsupportedOperationException(m.getName());
            });
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConfigurationAdmin.class}, (p, m, args) -> {
                switch (m.getName()) {
                    case "listConfigurations":
                        calls.add("list " + args[0]);
                        return existing;
                    case "getFactoryConfiguration":
                        calls.add("factory " + args[0] + " " + args[1] + " " + args[2]);
                        return config;
                    default:
                        throw new UnsupportedOperationException(m.getName());
                }
            });
    }

    @Test
    void writesANamedFactoryConfigurationWithTheGivenOptions() throws Exception {
        command.etc = etc.toString();
        command.closed = true;
        command.port = 7401;
        command.tls = "CERT";
        command.sessionId = "42";
        command.certFile = "/etc/rmcp/sm.pem";
        command.agreeTimeMs = 2000L;
        command.execute();
        assertEquals(List.of("list (service.pid=org.rmcp.sm.session~news)", "factory org.rmcp.sm.session news ?"), calls);
        assertEquals("0x000000000000002A", written.get("sessionId"));
        assertEquals("closed", written.get("groupAttribute"));
        assertEquals(7401, written.get("listenPort"));
        assertEquals("cert", written.get("tlsMode"));
        assertEquals("/etc/rmcp/sm.pem", written.get("certFile"));
        assertEquals(2000L, written.get("securityAgreeTimeMs"));
        assertNull(written.get("pskFile"), "only what the operator gives is written");
        String file = new File(etc.toFile(), "org.rmcp.sm.session-news.cfg").toURI().toString();
        assertEquals(file, written.get("felix.fileinstall.filename"));
        assertEquals("Session news created: Session ID 0x000000000000002A, group closed (configuration "
            + "org.rmcp.sm.session~news, " + file + ")", f.lines().get(0));
    }

    @Test
    void defaultsToARandomSessionIdAndOpenGroupWithoutEtc() throws Exception {
        command.etc = null;
        command.execute();
        assertTrue(written.get("sessionId").toString().matches("0x[0-9A-F]{16}"), written.get("sessionId").toString());
        assertEquals("open", written.get("groupAttribute"));
        assertNull(written.get("felix.fileinstall.filename"));
        assertEquals(2, written.size());
    }

    @Test
    void refusesAnExistingSessionBadNamesAndBadOptions() {
        existing = new Configuration[] {null};
        assertTrue(assertThrows(IllegalArgumentException.class, command::execute).getMessage().contains("already exists"));
        existing = null;
        command.name = "a b";
        assertThrows(IllegalArgumentException.class, command::execute);
        command.name = "news";
        command.tls = "none";
        assertTrue(assertThrows(IllegalArgumentException.class, command::execute).getMessage().startsWith("--tls"));
        command.tls = null;
        command.port = 70000;
        assertThrows(IllegalArgumentException.class, command::execute);
        command.port = null;
        command.ksIntervalS = 0L;
        assertThrows(IllegalArgumentException.class, command::execute);
        assertNull(written, "nothing written on error");
    }
}

package org.rmcp.sm.internal.shell;

import java.io.File;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Hashtable;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.SessionConfig;
import org.rmcp.sm.internal.SettingsParser;

/**
 * {@code rmcp:session-create <name> [options]}: writes a named factory configuration of
 * {@code org.rmcp.sm.session} through ConfigurationAdmin, which Karaf keeps as
 * {@code etc/org.rmcp.sm.session-<name>.cfg}; the session starts when DS sees it. Only what the
 * operator gives is written; everything else keeps the defaults of {@link SessionConfig}.
 */
@Service
@Command(scope = ShellConstants.SCOPE, name = "session-create", description = "Creates an RMCP-2 session configuration")
public final class SessionCreateCommand implements Action {
    static final String FILEINSTALL = "felix.fileinstall.filename";

    @Reference
    ConfigurationAdmin configAdmin;

    @Argument(index = 0, name = "name", description = "Session name: letters, digits, '.', '_' or '-'", required = true)
    String name;

    @Option(name = "--closed", description = "Closed group: RMAs need a registered service user identifier")
    boolean closed;

    @Option(name = "--session-id", description = "64-bit Session ID, 0x-hex or decimal (default: random)")
    String sessionId;

    @Option(name = "--host", description = "Address the TLS listener binds")
    String host;

    @Option(name = "--port", description = "TCP port of the TLS listener")
    Integer port;

    @Option(name = "--tls", description = "psk or cert")
    String tls;

    @Option(name = "--psk-identity", description = "PSK identity (psk mode)")
    String pskIdentity;

    @Option(name = "--psk-file", description = "File holding the PSK (psk mode)")
    String pskFile;

    @Option(name = "--cert-file", description = "PEM certificate chain (cert mode)")
    String certFile;

    @Option(name = "--key-file", description = "PEM private key (cert mode)")
    String keyFile;

    @Option(name = "--trust-file", description = "PEM trust anchors (cert mode)")
    String trustFile;

    @Option(name = "--agree-time", description = "Security Agree.time in ms")
    Long agreeTimeMs;

    @Option(name = "--ks-interval", description = "Ks hash update interval in s")
    Long ksIntervalS;

    /** Karaf's etc directory; {@code null} writes no file name (ConfigAdmin only). */
    String etc = System.getProperty("karaf.etc");

    /** Where output goes; {@code null} means the session's {@code System.out}. */
    PrintStream out;

    @Override
    public Object execute() throws Exception {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Session name '" + name + "': use letters, digits, '.', '_' or '-'");
        }
        String pid = SessionConfig.FACTORY_PID + "~" + name;
        Configuration[] existing = configAdmin.listConfigurations("(service.pid=" + pid + ")");
        if (existing != null && existing.length > 0) {
            throw new IllegalArgumentException("Session '" + name + "' already exists (configuration " + pid + ")");
        }
        Hashtable<String, Object> props = properties();
        String file = null;
        if (etc != null) {
            file = new File(etc, SessionConfig.FACTORY_PID + "-" + name + ".cfg").toURI().toString();
            props.put(FILEINSTALL, file);
        }
        Configuration c = configAdmin.getFactoryConfiguration(SessionConfig.FACTORY_PID, name, "?");
        c.update(props);
        (out == null ? System.out : out).println("Session " + name + " created: Session ID " + props.get("sessionId")
            + ", group " + props.get("groupAttribute") + " (configuration " + pid + (file == null ? "" : ", " + file) + ")");
        return null;
    }

    private Hashtable<String, Object> properties() {
        Hashtable<String, Object> p = new Hashtable<>();
        long id = sessionId == null ? new SecureRandom().nextLong() : SettingsParser.sessionId(sessionId, name);
        p.put("sessionId", ShellConstants.sessionId(id));
        p.put("groupAttribute", closed ? "closed" : "open");
        if (tls != null) {
            String mode = tls.trim().toLowerCase(Locale.ROOT);
            if (!mode.equals(TransportSettings.PSK) && !mode.equals(TransportSettings.CERT)) {
                throw new IllegalArgumentException("--tls must be psk or cert: " + tls);
            }
            p.put("tlsMode", mode);
        }
        if (port != null) {
            if (port < 0 || port > 0xFFFF) {
                throw new IllegalArgumentException("--port " + port + " outside 0-65535");
            }
            p.put("listenPort", port);
        }
        putPositive(p, "securityAgreeTimeMs", agreeTimeMs);
        putPositive(p, "ksUpdateIntervalS", ksIntervalS);
        putText(p, "listenHost", host);
        putText(p, "pskIdentity", pskIdentity);
        putText(p, "pskFile", pskFile);
        putText(p, "certFile", certFile);
        putText(p, "keyFile", keyFile);
        putText(p, "trustFile", trustFile);
        return p;
    }

    private static void putPositive(Hashtable<String, Object> p, String key, Long value) {
        if (value != null) {
            if (value <= 0) {
                throw new IllegalArgumentException(key + " must be positive");
            }
            p.put(key, value);
        }
    }

    private static void putText(Hashtable<String, Object> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value.trim());
        }
    }
}

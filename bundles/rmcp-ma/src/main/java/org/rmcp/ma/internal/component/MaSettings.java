package org.rmcp.ma.internal.component;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.rmcp.api.config.SessionNaming;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Octets;
import org.rmcp.codec.SmaPropose;
import org.rmcp.ma.internal.state.MaConfig;
import org.rmcp.transport.PemFiles;
import org.rmcp.transport.PskFile;
import org.rmcp.transport.TlsConfig;

/**
 * An MA session's checked settings from its {@link MaSessionConfig}: the state logic's
 * {@link MaConfig}, the SM's address and the client side of TLS admission (10.1.1.1). Errors
 * name the attribute or file, never key bytes.
 *
 * @param name the session name
 * @param config what the state logic needs
 * @param sm where the SM listens
 * @param tls TLS_PSK or TLS_CERT client configuration, also used for the SM repository
 * @param retryDelay delay between connection attempts
 */
public record MaSettings(String name, MaConfig config, InetSocketAddress sm, TlsConfig tls, Duration retryDelay) {
    /**
     * @throws IllegalArgumentException naming the first bad attribute
     * @throws IOException if a credential file cannot be read
     */
    public static MaSettings parse(MaSessionConfig c, String name) throws IOException {
        NodeType role = role(c.role());
        Maid maid;
        try {
            maid = Maid.parse(c.maid().trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("maid must be ipv4:port: '" + c.maid() + "'", e);
        }
        SmaPropose proposal = role == NodeType.SMA ? new SmaPropose(group(c.proposeGroup()),
            GkMecha.fromCode(code("proposeGkMecha", c.proposeGkMecha())), code("proposeEnDecId", c.proposeEnDecId()))
            : null;
        Octets servUserId = c.servUserId().isBlank() ? null : Octets.ofHex(c.servUserId().trim());
        MaConfig config = new MaConfig(role, sessionId(c.sessionId(), name), maid, servUserId, proposal,
            ranks("gkPrefer", c.gkPrefer()), ranks("enDecPrefer", c.enDecPrefer()), ranks("authPrefer", c.authPrefer()),
            Duration.ofMillis(c.provisionTimeoutMs()));
        if (c.smPort() < 1 || c.smPort() > 0xFFFF) {
            throw new IllegalArgumentException("smPort " + c.smPort() + " outside 1-65535");
        }
        return new MaSettings(name, config, new InetSocketAddress(c.smHost().trim(), c.smPort()), tls(c, name),
            Duration.ofMillis(Math.max(100, c.retryDelayMs())));
    }

    static TlsConfig tls(MaSessionConfig c, String name) throws IOException {
        switch (c.tlsMode().trim().toLowerCase(Locale.ROOT)) {
            case "psk":
                return TlsConfig.psk().pskIdentity(c.pskIdentity().trim(), pskKey(file("pskFile", c.pskFile()),
                    c.pskIdentity().trim())).build();
            case "cert":
                return TlsConfig.cert().identity(PemFiles.privateKey(file("keyFile", c.keyFile())),
                    PemFiles.certificates(file("certFile", c.certFile())).toArray(X509Certificate[]::new))
                    .trust(PemFiles.certificates(file("trustFile", c.trustFile())).toArray(X509Certificate[]::new))
                    .build();
            default:
                throw new IllegalArgumentException("tlsMode must be psk or cert: '" + c.tlsMode() + "' (session " + name + ")");
        }
    }

    /** @return the key of {@code identity} from a {@link PskFile} (a bare hex line counts for {@code identity}) */
    static byte[] pskKey(Path file, String identity) throws IOException {
        if (identity.isEmpty()) {
            throw new IllegalArgumentException("pskIdentity is required in psk mode");
        }
        byte[] key = PskFile.load(file, identity).lookup(identity);
        if (key == null) {
            throw new IOException(file + " holds no key for identity '" + identity + "'");
        }
        return key;
    }

    private static Path file(String attribute, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(attribute + " is required in this TLS mode");
        }
        return Path.of(value.trim());
    }

    static NodeType role(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "sma":
                return NodeType.SMA;
            case "dma":
                return NodeType.DMA;
            case "rma":
                return NodeType.RMA;
            default:
                throw new IllegalArgumentException("role must be sma, dma or rma: '" + text + "'");
        }
    }

    static GpAttribute group(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (!t.equals("open") && !t.equals("closed")) {
            throw new IllegalArgumentException("proposeGroup must be open or closed: '" + text + "'");
        }
        return t.equals("open") ? GpAttribute.OPEN : GpAttribute.CLOSED;
    }

    /** @return PREFER per code from {@code code:rank} pairs, separated by commas or blanks */
    static Map<Integer, Integer> ranks(String attribute, String[] values) {
        Map<Integer, Integer> out = new HashMap<>();
        for (String v : values == null ? new String[0] : values) {
            for (String t : v.trim().split("[,\\s]+")) {
                if (t.isEmpty()) {
                    continue;
                }
                int colon = t.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException(attribute + ": '" + t + "' is not code:rank");
                }
                out.put(code(attribute, t.substring(0, colon)), code(attribute, t.substring(colon + 1)));
            }
        }
        return out;
    }

    static int code(String attribute, String t) {
        try {
            int v = Integer.decode(t.trim());
            if (v >= 0 && v <= 0xFF) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(attribute + ": '" + t + "' is not a code 0x00-0xFF");
    }

    /** Same rule as the SM's sessions ({@link SessionNaming#sessionId}). */
    static long sessionId(String text, String name) {
        return SessionNaming.sessionId(text, name);
    }
}

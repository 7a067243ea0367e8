package org.rmcp.sm.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.config.SessionNaming;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.state.AgreementTracker;
import org.rmcp.sm.internal.state.PolicyLimits;

/** Turns a {@link SessionConfig} into checked {@link SessionSettings}; errors name the attribute. */
public final class SettingsParser {
    private SettingsParser() {
    }

    /** @throws IllegalArgumentException naming the first bad attribute */
    public static SessionSettings parse(SessionConfig c, String name) {
        Map<AlgorithmType, List<Integer>> allowed = new EnumMap<>(AlgorithmType.class);
        allowed.put(AlgorithmType.EN_DEC, codes("enDecIds", c.enDecIds()));
        allowed.put(AlgorithmType.AUTH, codes("authIds", c.authIds()));
        allowed.put(AlgorithmType.GK, codes("gkNames", c.gkNames()));
        Map<AlgorithmType, Set<Integer>> provisionable = new EnumMap<>(AlgorithmType.class);
        provisionable.put(AlgorithmType.EN_DEC, Set.copyOf(codes("provisionableEnDecIds", c.provisionableEnDecIds())));
        provisionable.put(AlgorithmType.AUTH, Set.copyOf(codes("provisionableAuthIds", c.provisionableAuthIds())));
        provisionable.put(AlgorithmType.GK, Set.copyOf(codes("provisionableGkNames", c.provisionableGkNames())));
        provisionable.put(AlgorithmType.MEM_AUTH, Set.copyOf(codes("provisionableAuthNames", c.provisionableAuthNames())));
        List<GkMecha> mechas = new ArrayList<>();
        for (int code : codes("gkMechas", c.gkMechas())) {
            mechas.add(GkMecha.fromCode(code));
        }
        PolicyLimits limits = new PolicyLimits(groupAttribute(c.groupAttribute()), mechas, allowed, provisionable);
        TransportSettings transport = new TransportSettings(c.listenHost().trim(), c.listenPort(),
            c.tlsMode().trim().toLowerCase(Locale.ROOT), c.pskIdentity(), c.pskFile(), c.certFile(), c.keyFile(),
            c.trustFile());
        AgreementTracker.Timing timing = new AgreementTracker.Timing(Duration.ofMillis(c.secagansTimeoutMs()),
            Duration.ofMillis(c.provisionTimeoutMs()), c.seclistMaxRetransmits());
        return new SessionSettings(name, sessionId(c.sessionId(), name), limits, Duration.ofMillis(c.securityAgreeTimeMs()),
            Duration.ofSeconds(c.ksUpdateIntervalS()), c.ksLength(), timing, transport);
    }

    /** @return OPEN or CLOSED from {@code open} / {@code closed}, any case */
    public static GpAttribute groupAttribute(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "open":
                return GpAttribute.OPEN;
            case "closed":
                return GpAttribute.CLOSED;
            default:
                throw new IllegalArgumentException("groupAttribute must be open or closed: '" + text + "'");
        }
    }

    /**
     * @param text {@code 0x}-hex or unsigned decimal; empty means "derived from the name"
     * @return the 64-bit Session ID; a derived one is the first 8 bytes of SHA-256 of the name
     */
    public static long sessionId(String text, String name) {
        return SessionNaming.sessionId(text, name);
    }

    /**
     * Code list: each element may itself hold several codes separated by commas or blanks (a
     * Karaf .cfg value reaches DS as one string). Duplicates keep their first position.
     */
    public static List<Integer> codes(String attribute, String[] values) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String v : values == null ? new String[0] : values) {
            for (String t : v.trim().split("[,\\s]+")) {
                if (!t.isEmpty()) {
                    out.add(code(attribute, t));
                }
            }
        }
        return List.copyOf(out);
    }

    private static int code(String attribute, String t) {
        try {
            int v = Integer.decode(t);
            if (v >= 0 && v <= 0xFF) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(attribute + ": '" + t + "' is not a code 0x00-0xFF");
    }

    /**
     * @return the session name: the {@code name} attribute, else the name of a named factory
     *     configuration ({@code org.rmcp.sm.session~NAME}), else of its {@code .cfg} file, else the PID
     */
    public static String sessionName(String configured, Map<String, Object> props) {
        return SessionNaming.instanceName(configured, props, SessionConfig.FACTORY_PID);
    }
}

package org.rmcp.sm.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.EffectSink;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.state.RandomBytes;
import org.rmcp.sm.internal.state.ServiceUserRegistry;
import org.rmcp.sm.internal.transport.ModuleOffers;
import org.rmcp.sm.internal.transport.SmConnector;
import org.rmcp.transport.TransportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One per {@code org.rmcp.sm.session} factory configuration: builds the
 * {@link SessionManagerSession} (bootstrap creates Ks, X.603.1 Amd.1 10.1.2.1), registers it as
 * an {@link SmSession} service, drives its timer and hands its effects to every
 * {@link EffectSink}. Reconfiguration restarts the session.
 */
@Component(configurationPid = SessionConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
    service = {}, immediate = true)
@Designate(ocd = SessionConfig.class, factory = true)
public final class SessionComponent {
    static final long TICK_MS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SessionComponent.class);

    private final List<EffectSink> sinks = new CopyOnWriteArrayList<>();
    private volatile String name = "?";
    private SessionManagerSession session;
    private ScheduledExecutorService timer;
    private ServiceRegistration<SmSession> registration;
    private SmConnector connector;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSink(EffectSink sink) {
        sinks.add(sink);
    }

    void removeSink(EffectSink sink) {
        sinks.remove(sink);
    }

    @Activate
    void activate(BundleContext context, SessionConfig config, Map<String, Object> props) throws IOException {
        name = SettingsParser.sessionName(config.name(), props);
        SessionSettings settings = SettingsParser.parse(config, name);
        SecureRandom random = new SecureRandom();
        RandomBytes bytes = random::nextBytes;
        Path file = config.serviceUserFile().isBlank()
            ? context.getDataFile("service-users-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt").toPath()
            : Path.of(config.serviceUserFile().trim());
        FileServiceUserStore store = new FileServiceUserStore(file);
        ServiceUserRegistry users = store.load(bytes);
        session = new SessionManagerSession(settings, Clock.systemUTC(), bytes, users, store, this::dispatch);
        startTransport(settings.transport());
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "rmcp-sm-" + name));
        timer.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(SmSession.NAME_PROPERTY, name);
        p.put(SmSession.ID_PROPERTY, settings.sessionId());
        registration = context.registerService(SmSession.class, session, p);
        LOG.info("Session {} (Session ID 0x{}) started, group {}, Ks epoch 1 fp {}, TLS {} on {}:{}", name,
            Long.toHexString(settings.sessionId()), settings.limits().groupAttribute(),
            session.sessionKey().fingerprint(), settings.transport().tlsMode(), settings.transport().host(),
            settings.transport().port());
    }

    /**
     * TLS admission (10.1.1.1) for psk mode with a pskFile; otherwise the session runs without a
     * listener (a WARN says why). Our choice for this step: SECALGREQ goes unanswered until the
     * repository endpoint is served (ModuleOffers.none()).
     */
    private void startTransport(TransportSettings t) throws IOException {
        if (!TransportSettings.PSK.equals(t.tlsMode()) || t.pskFile() == null || t.pskFile().isBlank()) {
            LOG.warn("Session {}: no TLS listener ({})", name, TransportSettings.PSK.equals(t.tlsMode())
                ? "pskFile not set" : "TLS_CERT admission is not wired yet");
            return;
        }
        SmConnector c = new SmConnector(session, ModuleOffers.none());
        sinks.add(c);
        try {
            c.start(TransportOptions.defaults());
        } catch (IOException | RuntimeException e) {
            sinks.remove(c);
            c.close();
            throw e;
        }
        connector = c;
    }

    /** @return where the TLS listener is bound, when it runs */
    java.util.Optional<java.net.InetSocketAddress> transportAddress() {
        return java.util.Optional.ofNullable(connector).map(SmConnector::localAddress);
    }

    @Deactivate
    void deactivate() {
        if (connector != null) {
            sinks.remove(connector);
            connector.close();
        }
        if (registration != null) {
            registration.unregister();
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        LOG.info("Session {} stopped", name);
    }

    private void tick() {
        try {
            session.tick();
        } catch (RuntimeException e) {
            LOG.error("Session {}: timer failed", name, e);
        }
    }

    void dispatch(List<Effect> effects) {
        for (Effect e : effects) {
            if (e instanceof Effect.SessionFailed) {
                LOG.warn("Session {} failed: {}", name, ((Effect.SessionFailed) e).reason());
            } else if (e instanceof Effect.Evict) {
                LOG.info("Session {}: evicting {}: {}", name, ((Effect.Evict) e).maid(), ((Effect.Evict) e).reason());
            } else if (e instanceof Effect.Discard) {
                LOG.debug("Session {}: discarded {}: {}", name, ((Effect.Discard) e).message().messageType(),
                    ((Effect.Discard) e).reason());
            }
        }
        if (sinks.isEmpty()) {
            LOG.debug("Session {}: no EffectSink registered, {} effect(s) dropped", name, effects.size());
        }
        for (EffectSink sink : sinks) {
            try {
                sink.execute(session, effects);
            } catch (RuntimeException e) {
                LOG.warn("Session {}: effect sink {} failed", name, sink, e);
            }
        }
    }
}

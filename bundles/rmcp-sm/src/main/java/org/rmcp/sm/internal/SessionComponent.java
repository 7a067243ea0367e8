package org.rmcp.sm.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.provisioning.BundleRepository;
import org.rmcp.provisioning.RepositoryEndpoint;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.EffectSink;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.sm.internal.state.RandomBytes;
import org.rmcp.sm.internal.state.ServiceUserRegistry;
import org.rmcp.sm.internal.transport.ModuleOffers;
import org.rmcp.sm.internal.transport.ServerCredentials;
import org.rmcp.sm.internal.transport.SmConnector;
import org.rmcp.transport.ControlSuite;
import org.rmcp.transport.TlsConfig;
import org.rmcp.transport.TlsStreams;
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
    private TlsConfig tls;
    private volatile BundleRepository repository;
    private RepositoryEndpoint endpoint;
    private int repositoryPort;
    private String advertisedHost = "";

    @Reference
    AlgorithmRegistry registry;

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
        repositoryPort = config.repositoryPort();
        advertisedHost = config.repositoryHost().trim();
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
     * TLS admission (10.1.1.1) in the configured mode, control messages sealed with the
     * {@link ControlSuite} from the container's registry, SECALGREQ answered from the SM
     * repository served over HTTPS with the same TLS configuration (our choice of module
     * delivery, docs/spec-notes.md 2.7). A session without TLS credentials runs without a
     * listener (a WARN says why).
     */
    private void startTransport(TransportSettings t) throws IOException {
        boolean psk = TransportSettings.PSK.equals(t.tlsMode());
        if (psk ? blank(t.pskFile()) : blank(t.certFile())) {
            LOG.warn("Session {}: no TLS listener ({} not set)", name, psk ? "pskFile" : "certFile");
            return;
        }
        tls = ServerCredentials.load(name, t);
        SmConnector c = new SmConnector(session, new ModuleOffers(() -> Optional.ofNullable(repository),
            this::repositoryBase), () -> ControlSuite.from(registry));
        sinks.add(c);
        try {
            c.start(tls, TransportOptions.defaults());
        } catch (IOException | RuntimeException e) {
            sinks.remove(c);
            c.close();
            throw e;
        }
        connector = c;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setRepository(BundleRepository r) {
        repository = r;
    }

    void unsetRepository(BundleRepository r) {
        if (repository == r) {
            repository = null;
            closeEndpoint();
        }
    }

    /**
     * @return the base URI of this session's repository endpoint, started on first use (bound on
     *     the session's listen host, ephemeral port, advertised as {@code repositoryHost} if set)
     */
    synchronized Optional<URI> repositoryBase() {
        BundleRepository r = repository;
        if (r == null || tls == null) {
            return Optional.empty();
        }
        if (endpoint == null) {
            try {
                TlsStreams streams = TlsStreams.server(tls, TransportOptions.defaults());
                endpoint = r.serve(new InetSocketAddress(session.transport().host(), repositoryPort),
                    ch -> streams.newHandler());
                LOG.info("Session {}: algorithm repository served at {}", name, endpoint.base());
            } catch (IOException e) {
                LOG.warn("Session {}: cannot serve the algorithm repository: {}", name, e.getMessage());
                return Optional.empty();
            }
        }
        URI base = endpoint.base();
        if (!advertisedHost.isEmpty()) {
            base = URI.create("https://" + advertisedHost + ":" + base.getPort() + "/");
        }
        return Optional.of(base);
    }

    private synchronized void closeEndpoint() {
        if (endpoint != null) {
            endpoint.close();
            endpoint = null;
        }
    }

    /** @return where the TLS listener is bound, when it runs */
    Optional<InetSocketAddress> transportAddress() {
        return Optional.ofNullable(connector).map(SmConnector::localAddress);
    }

    @Deactivate
    void deactivate() {
        if (connector != null) {
            sinks.remove(connector);
            connector.close();
        }
        closeEndpoint();
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

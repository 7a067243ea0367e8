package org.rmcp.ma.internal.component;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.config.SessionNaming;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.SecList;
import org.rmcp.ma.internal.state.Effect;
import org.rmcp.ma.internal.state.Subscriber;
import org.rmcp.ma.internal.transport.MaConnector;
import org.rmcp.provisioning.BundleProvisioner;
import org.rmcp.provisioning.TrustConfig;
import org.rmcp.transport.AdmissionException;
import org.rmcp.transport.ControlSuite;
import org.rmcp.transport.RmcpClient;
import org.rmcp.transport.TlsStreams;
import org.rmcp.transport.TransportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code org.rmcp.ma.session} configuration: joins the session at its SM (X.603.1 Amd.1
 * 10.1.1-10.1.4) through TLS admission, SUBSREQ, Ks and the policy agreement, provisioning
 * missing algorithms from the SM's repository with the same TLS credentials, and keeps its
 * timer. While the SM cannot be reached, or answers SUBSANS REJECTED (an RMA before the session
 * is OPEN), it retries every {@code retryDelayMs}; a TLS refusal, another refusal (0x03, 0x41,
 * 0x42) or a failed agreement is final until the configuration changes.
 */
@Component(configurationPid = MaSessionConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
    service = MaSessionView.class, immediate = true)
@Designate(ocd = MaSessionConfig.class, factory = true)
public final class MaSessionComponent implements MaSessionView {
    static final long TICK_MS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(MaSessionComponent.class);

    @Reference
    AlgorithmRegistry registry;
    @Reference
    BundleProvisioner provisioner;

    private MaSettings settings;
    private RmcpClient client;
    private TrustConfig repositoryTrust;
    private ScheduledExecutorService timer;
    private volatile MaConnector connector;
    private volatile Phase phase = Phase.CONNECTING;
    private volatile String note = "";
    private volatile boolean stopped;

    @Activate
    void activate(MaSessionConfig config, Map<String, Object> props) throws IOException {
        String name = sessionName(config.name(), props);
        settings = MaSettings.parse(config, name);
        client = RmcpClient.create(settings.tls(), TransportOptions.defaults());
        TlsStreams streams = TlsStreams.client(settings.tls(), TransportOptions.defaults());
        repositoryTrust = (channel, host, port) -> streams.newHandler();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "rmcp-ma-" + name));
        timer.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        timer.execute(this::attempt);
        LOG.info("MA session {}: {} {} joining session 0x{} at {}", name, settings.config().role(),
            settings.config().maid(), Long.toHexString(settings.config().sessionId()), settings.sm());
    }

    private void attempt() {
        if (stopped) {
            return;
        }
        var suite = ControlSuite.from(registry);
        if (suite.isEmpty()) {
            retry("the control-message algorithms (EN_DEC_ID 0x01, AUTH_ID 0x01) are not installed yet");
            return;
        }
        phase = Phase.CONNECTING;
        MaConnector c = new MaConnector(settings.config(), registry, provisioner, repositoryTrust, Clock.systemUTC(),
            suite.get());
        connector = c;
        c.connect(client, settings.sm()).whenComplete((outcome, error) -> {
            if (error != null) {
                admissionFailed(error);
            } else if (outcome.status() == Subscriber.Status.ADMITTED) {
                phase = Phase.SUBSCRIBED;
                note = "";
            } else if (outcome.code() == ResultCode.REJECTED) {
                // e.g. an RMA before the session is OPEN (10.1.4.1), or the SMA's old membership not yet gone
                c.close();
                retry("SUBSANS REJECTED: " + outcome.reason());
            } else {
                end(Phase.REFUSED, "SUBSANS: " + outcome.reason());
                c.close();
            }
        });
        c.agreement().whenComplete((effect, error) -> {
            if (effect instanceof Effect.Agreed) {
                phase = Phase.AGREED;
                note = "";
            } else if (effect instanceof Effect.Failed && connector == c && phase != Phase.REFUSED
                && phase != Phase.RETRYING) {
                end(phase == Phase.CONNECTING ? Phase.CLOSED : Phase.FAILED, ((Effect.Failed) effect).reason());
            }
        });
        c.closed().whenComplete((cause, error) -> {
            if (connector == c && phase == Phase.AGREED) {
                end(Phase.CLOSED, cause == null ? "the SM closed the session" : String.valueOf(cause.getMessage()));
            }
        });
    }

    private void admissionFailed(Throwable error) {
        Throwable e = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
            ? error.getCause() : error;
        if (e instanceof AdmissionException && ((AdmissionException) e).reason() == AdmissionException.Reason.HANDSHAKE_FAILED) {
            end(Phase.REFUSED, "TLS refused: " + e.getMessage());
        } else {
            retry("SM not reachable: " + e.getMessage());
        }
    }

    private void retry(String why) {
        phase = Phase.RETRYING;
        note = why;
        LOG.info("MA session {}: {}; retrying in {} ms", settings.name(), why, settings.retryDelay().toMillis());
        if (!stopped) {
            timer.schedule(this::attempt, settings.retryDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void end(Phase p, String why) {
        phase = p;
        note = why;
        LOG.warn("MA session {}: {}: {}", settings.name(), p, why);
    }

    private void tick() {
        MaConnector c = connector;
        if (c != null) {
            try {
                c.tick();
            } catch (RuntimeException e) {
                LOG.error("MA session {}: timer failed", settings.name(), e);
            }
        }
    }

    @Override
    public Status status() {
        MaConnector c = connector;
        String policy = c == null ? "-" : c.policy().map(MaSessionComponent::summary).orElse("-");
        return new Status(settings.name(), settings.config().role().name(), settings.config().maid().toString(),
            settings.sm().getHostString() + ":" + settings.sm().getPort(), phase, c == null ? "-" : c.ksFingerprint(),
            policy, note);
    }

    static String summary(SecList l) {
        return String.format("%s GK_MECHA %s GK 0x%02x CON_EN_DEC 0x%02x GK_EN_DEC 0x%02x AUTH 0x%02x",
            l.gkMech().gpAttribute(), l.gkMech().gkMecha(), l.gkMech().gkName(), l.conEnDecAlg().conEnDecId(),
            l.gkEnDecAlg().gkEnDecId(), l.authAlg().authId());
    }

    @Deactivate
    void deactivate() {
        stopped = true;
        MaConnector c = connector;
        if (c != null) {
            c.close();
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        if (client != null) {
            client.close();
        }
        LOG.info("MA session {} stopped", settings == null ? "?" : settings.name());
    }

    /** @return the session name ({@link SessionNaming#instanceName}) */
    static String sessionName(String configured, Map<String, Object> props) {
        return SessionNaming.instanceName(configured, props, MaSessionConfig.FACTORY_PID);
    }
}

package org.rmcp.ma.internal.transport;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.codec.Data;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.MessageType;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecList;
import org.rmcp.codec.SecModule;
import org.rmcp.codec.SubsAns;
import org.rmcp.ma.internal.state.Effect;
import org.rmcp.ma.internal.state.MaConfig;
import org.rmcp.ma.internal.state.PolicyAgreement;
import org.rmcp.ma.internal.state.Protection;
import org.rmcp.ma.internal.state.SessionKeyHolder;
import org.rmcp.ma.internal.state.Subscriber;
import org.rmcp.provisioning.BundleProvisioner;
import org.rmcp.provisioning.ProvisioningResult;
import org.rmcp.provisioning.TrustConfig;
import org.rmcp.transport.ControlChannel;
import org.rmcp.transport.ControlSuite;
import org.rmcp.transport.RmcpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MA's control channel to the SM (X.603.1 Amd.1 10.1.1-10.1.4): connects through TLS
 * admission, sends SUBSREQ, keeps Ks from KEYDELIVER, then runs SECAGREQ and the policy agreement,
 * sending its Send effects on the channel and handing Provision effects to the
 * {@link BundleProvisioner}. State calls are serialised on this object.
 *
 * <p>Key schedule (10.2.6, Table 11; docs/spec-notes-transport.md 3.5), the mirror of the SM's:
 * from admission every message is sealed under KTLS with the {@link ControlSuite}, KEYDELIVER
 * stays pinned to KTLS, and when a KEYDELIVER brings a new Ks the rest of the channel moves to
 * it. A message the state logic wants sent under Ks waits until this MA holds Ks. The owner
 * calls {@link #tick()} for the SECMODULE and provisioning deadlines.
 */
public final class MaConnector {
    private static final Logger LOG = LoggerFactory.getLogger(MaConnector.class);
    private final MaConfig config;
    private final Clock clock;
    private final BundleProvisioner provisioner;
    private final TrustConfig trust;
    private final Subscriber subscriber;
    private final SessionKeyHolder keys;
    private final PolicyAgreement agreement;
    /** Control messages kept for {@link #sent()} / {@link #received()}: the last ones only, a session lasts long. */
    static final int HISTORY = 64;
    private final java.util.ArrayDeque<RmcpMessage> sent = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<RmcpMessage> received = new java.util.ArrayDeque<>();
    private final CompletableFuture<Subscriber.Outcome> admission = new CompletableFuture<>();
    private final CompletableFuture<Effect> result = new CompletableFuture<>();
    private final CompletableFuture<Throwable> closed = new CompletableFuture<>();
    private final List<RmcpMessage> waitingForKs = new ArrayList<>();
    private final ControlSuite suite;
    private volatile ControlChannel channel;

    /**
     * @param suite the control-message algorithms (the SM uses the same)
     */
    public MaConnector(MaConfig config, AlgorithmRegistry registry, BundleProvisioner provisioner, TrustConfig trust,
                       Clock clock, ControlSuite suite) {
        this.suite = suite;
        this.config = config;
        this.clock = clock;
        this.provisioner = provisioner;
        this.trust = trust;
        this.subscriber = new Subscriber(config);
        this.keys = new SessionKeyHolder(config);
        this.agreement = new PolicyAgreement(config, subscriber, registry);
    }

    /**
     * Connects to the SM and subscribes.
     *
     * @return completes with the SUBSANS outcome, or exceptionally with the admission failure
     */
    public CompletableFuture<Subscriber.Outcome> connect(RmcpClient client, InetSocketAddress sm) {
        client.connect(sm).whenComplete((ch, error) -> {
            if (error != null) {
                admission.completeExceptionally(error);
                return;
            }
            channel = ch;
            byte[] ktls = ch.ktls();
            ch.protect(suite.protector(ktls), suite.protector(ktls));
            ch.pin(MessageType.KEYDELIVER.code(), suite.protector(ktls), suite.protector(ktls));
            Arrays.fill(ktls, (byte) 0);
            ch.listen(new ControlChannel.Listener() {
                @Override
                public void onMessage(ControlChannel c, RmcpMessage message) {
                    received(message);
                }

                @Override
                public void onClosed(ControlChannel c, Throwable cause) {
                    closed.complete(cause);
                    admission.completeExceptionally(new IllegalStateException("channel closed before SUBSANS"));
                    result.complete(new Effect.Failed("the SM closed the TLS session"));
                }
            });
            send(subscriber.request(), Protection.KTLS);
        });
        return admission;
    }

    private synchronized void received(RmcpMessage m) {
        if (m instanceof Data) {
            ((Data) m).release();
            return;
        }
        remember(received, m);
        if (m instanceof SubsAns) {
            Subscriber.Outcome o = subscriber.onAnswer((SubsAns) m);
            LOG.info("{} {}: {}", config.role(), config.maid(), o.reason());
            if (o.status() == Subscriber.Status.ADMITTED) {
                run(agreement.start());
            }
            if (o.status() != Subscriber.Status.IGNORED) {
                admission.complete(o);
            }
        } else if (m instanceof KeyDeliver) {
            SessionKeyHolder.Outcome o = keys.onKeyDeliver((KeyDeliver) m, Protection.KTLS);
            LOG.info("{} {}: KEYDELIVER {}: {}", config.role(), config.maid(), o.status(), o.reason());
            if (o.status() == SessionKeyHolder.Status.ACCEPTED) {
                byte[] ks = keys.key();
                channel.protect(suite.protector(ks), suite.protector(ks)); // the SM moved right after sending it
                Arrays.fill(ks, (byte) 0);
                List<RmcpMessage> waiting = List.copyOf(waitingForKs);
                waitingForKs.clear();
                waiting.forEach(w -> send(w, Protection.KS));
            }
        } else if (m instanceof SecList) {
            run(agreement.onSecList((SecList) m, clock.instant()));
        } else if (m instanceof SecModule) {
            run(agreement.onSecModule((SecModule) m, clock.instant()));
        } else {
            LOG.debug("{} {}: {} not handled here", config.role(), config.maid(), m.messageType());
        }
    }

    /** Fails the agreement when SECMODULE or provisioning is overdue. */
    public synchronized void tick() {
        run(agreement.onTick(clock.instant()));
    }

    private synchronized void provisioned(ProvisioningResult r) {
        run(agreement.onProvisioned(r, clock.instant()));
    }

    private void run(List<Effect> effects) {
        for (Effect e : effects) {
            if (e instanceof Effect.Send) {
                send(((Effect.Send) e).message(), ((Effect.Send) e).protection());
            } else if (e instanceof Effect.Provision) {
                Effect.Provision p = (Effect.Provision) e;
                provisioner.provision(p.offer(), p.base(), trust).whenComplete((r, err) -> provisioned(
                    err == null ? r : ProvisioningResult.failed(p.offer(), err.toString())));
            } else if (e instanceof Effect.Agreed || e instanceof Effect.Failed) {
                LOG.info("{} {}: {}", config.role(), config.maid(), e);
                result.complete(e);
            } else {
                LOG.debug("{} {}: {}", config.role(), config.maid(), e);
            }
        }
    }

    private synchronized void send(RmcpMessage m, Protection p) {
        if (p == Protection.KS && !keys.present()) {
            waitingForKs.add(m); // sent once KEYDELIVER brings Ks
            return;
        }
        remember(sent, m);
        channel.send(m).whenComplete((v, err) -> {
            if (err != null) {
                LOG.warn("{} {}: {} not sent: {}", config.role(), config.maid(), m.messageType(), err.getMessage());
            }
        });
    }

    /** @return completes with {@link Effect.Agreed} or {@link Effect.Failed} */
    public CompletableFuture<Effect> agreement() {
        return result;
    }

    /** @return completes when the channel closes, with the cause or {@code null} */
    public CompletableFuture<Throwable> closed() {
        return closed;
    }

    private static void remember(java.util.ArrayDeque<RmcpMessage> history, RmcpMessage m) {
        if (history.size() == HISTORY) {
            history.removeFirst();
        }
        history.addLast(m);
    }

    /** @return the last {@value #HISTORY} control messages this MA sent, in order */
    public synchronized List<RmcpMessage> sent() {
        return List.copyOf(sent);
    }

    /** @return the last {@value #HISTORY} control messages this MA received, in order */
    public synchronized List<RmcpMessage> received() {
        return List.copyOf(received);
    }

    /** @return the SM's selected policy, once a SECLIST was accepted */
    public synchronized java.util.Optional<SecList> policy() {
        return agreement.policy();
    }

    /** @return the Ks fingerprint, "-" before the first KEYDELIVER */
    public synchronized String ksFingerprint() {
        return keys.fingerprint();
    }

    /** Closes the channel, if any. */
    public void close() {
        ControlChannel ch = channel;
        if (ch != null) {
            ch.close();
        }
    }
}

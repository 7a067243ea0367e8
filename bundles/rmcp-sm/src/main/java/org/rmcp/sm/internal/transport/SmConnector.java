package org.rmcp.sm.internal.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.rmcp.codec.Data;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.codec.KeyType;
import org.rmcp.codec.Maid;
import org.rmcp.codec.MessageType;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.EffectSink;
import org.rmcp.sm.api.Link;
import org.rmcp.sm.api.MemberInfo;
import org.rmcp.sm.api.MemberState;
import org.rmcp.sm.api.SessionKey;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.api.TransportSettings;
import org.rmcp.transport.ControlChannel;
import org.rmcp.transport.ControlSuite;
import org.rmcp.transport.RmcpServer;
import org.rmcp.transport.TlsConfig;
import org.rmcp.transport.TransportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one session's TLS admission endpoint (X.603.1 Amd.1 10.1.1.1, TLS_PSK or TLS_CERT) and
 * carries its control messages: every admitted channel becomes a {@link Link} (KTLS fingerprint
 * only) whose messages go to {@link SmSession#receive}; as the session's {@link EffectSink} it
 * sends Send effects on the member's channel, answers Provision effects with SECMODULE and
 * closes the channel of an evicted member.
 *
 * <p>Key schedule of a channel (10.2.6, Table 11; docs/spec-notes-transport.md 3.5): from
 * admission every message is sealed under KTLS with the {@link ControlSuite}; KEYDELIVER stays
 * pinned to KTLS; right after each KEYDELIVER of Ks the rest of the channel moves to that Ks
 * (which only an SMA or DMA receives), so SM-SMA/DMA messages travel under Ks and SM-RMA ones
 * under KTLS. A member's TLS channel stays open for the session; its closing counts as leaving
 * ({@link SmSession#memberLeft}).
 */
public final class SmConnector implements EffectSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmConnector.class);
    private final SmSession session;
    private final ModuleOffers modules;
    private final Supplier<Optional<ControlSuite>> suite;
    /** An admitted channel and the suite its protectors came from: one value, so a close removes both at once. */
    private record Open(ControlChannel channel, ControlSuite suite) {
    }

    private final Map<String, Open> channels = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private volatile boolean closing;
    private RmcpServer server;

    /**
     * @param session the session whose messages this connector carries
     * @param modules answers SECALGREQ
     * @param suite the control-message algorithms, looked up at each admission (a channel is
     *     refused while they are not installed)
     */
    public SmConnector(SmSession session, ModuleOffers modules, Supplier<Optional<ControlSuite>> suite) {
        this.session = session;
        this.modules = modules;
        this.suite = suite;
    }

    /**
     * Binds the session's listener ({@link SmSession#transport()}). Blocks until bound; call
     * once, after this connector receives the session's effects.
     *
     * @param tls the server side of admission, e.g. from {@link ServerCredentials#load}
     * @throws IOException if the address cannot be bound
     */
    public void start(TlsConfig tls, TransportOptions options) throws IOException {
        TransportSettings t = session.transport();
        server = RmcpServer.start(new InetSocketAddress(t.host(), t.port()), tls, options, this::admit);
    }

    /** @return where the listener is bound (the actual port when configured 0) */
    public InetSocketAddress localAddress() {
        return server.localAddress();
    }

    /** @return the ids of the links whose channel is open */
    public List<String> links() {
        return List.copyOf(channels.keySet());
    }

    private void admit(ControlChannel ch) {
        Optional<ControlSuite> s = suite.get();
        if (s.isEmpty()) {
            LOG.warn("Session {}: '{}' from {} refused: the control-message algorithms (EN_DEC_ID 0x{}, AUTH_ID 0x{}) "
                + "are not installed", session.name(), ch.peerIdentity(), ch.remoteAddress(),
                Integer.toHexString(ControlSuite.EN_DEC_ID), Integer.toHexString(ControlSuite.AUTH_ID));
            ch.close();
            return;
        }
        byte[] ktls = ch.ktls();
        Link link = new Link("tls-" + counter.incrementAndGet(), SessionKey.fingerprint(ktls));
        ch.protect(s.get().protector(ktls), s.get().protector(ktls));
        ch.pin(MessageType.KEYDELIVER.code(), s.get().protector(ktls), s.get().protector(ktls));
        Arrays.fill(ktls, (byte) 0);
        channels.put(link.id(), new Open(ch, s.get()));
        LOG.info("Session {}: link {} for '{}' from {}, KTLS fp {}", session.name(), link.id(), ch.peerIdentity(),
            ch.remoteAddress(), link.ktlsFingerprint());
        ch.listen(new ControlChannel.Listener() {
            @Override
            public void onMessage(ControlChannel channel, RmcpMessage message) {
                try {
                    session.receive(link, message);
                } catch (RuntimeException e) {
                    LOG.warn("Session {}: {} on {} failed", session.name(), message.messageType(), link.id(), e);
                } finally {
                    if (message instanceof Data) {
                        ((Data) message).release();
                    }
                }
            }

            @Override
            public void onClosed(ControlChannel channel, Throwable cause) {
                channels.remove(link.id());
                if (!closing) {
                    left(link, cause == null ? "TLS session closed" : "TLS session lost: " + cause.getMessage());
                }
            }
        });
    }

    private void left(Link link, String reason) {
        for (MemberInfo m : session.members()) {
            if (m.link().id().equals(link.id()) && m.state() != MemberState.EVICTED) {
                session.memberLeft(m.maid(), reason);
            }
        }
    }

    @Override
    public void execute(SmSession from, List<Effect> effects) {
        if (from != session) {
            return;
        }
        Map<String, CompletableFuture<Void>> last = new HashMap<>();
        Map<Maid, List<Effect.Provision>> wanted = new LinkedHashMap<>();
        for (Effect e : effects) {
            if (e instanceof Effect.Send) {
                Effect.Send s = (Effect.Send) e;
                last.put(s.link().id(), send(s.link(), s.message()));
            } else if (e instanceof Effect.Provision) {
                Effect.Provision p = (Effect.Provision) e;
                wanted.computeIfAbsent(p.to(), k -> new ArrayList<>()).add(p);
            } else if (e instanceof Effect.Evict) {
                Link link = ((Effect.Evict) e).link();
                Open open = channels.get(link.id());
                if (open != null) {
                    last.getOrDefault(link.id(), CompletableFuture.completedFuture(null))
                        .whenComplete((v, err) -> open.channel().close());
                }
            }
        }
        wanted.values().forEach(list -> modules.answer(session.sessionId(), list)
            .ifPresent(m -> send(list.get(0).link(), m)));
    }

    private CompletableFuture<Void> send(Link link, RmcpMessage m) {
        Open open = channels.get(link.id());
        if (open == null) {
            LOG.warn("Session {}: {} to {} dropped, link {} is closed", session.name(), m.messageType(), m.maid(),
                link.id());
            return CompletableFuture.completedFuture(null);
        }
        ControlChannel ch = open.channel();
        CompletableFuture<Void> sent = ch.send(m).whenComplete((v, err) -> {
            if (err != null && !ch.isOpen()) {
                LOG.debug("Session {}: {} to {} not sent, {} closed meanwhile", session.name(), m.messageType(), m.maid(),
                    link.id());
            } else if (err != null) {
                LOG.warn("Session {}: {} to {} on {} not sent: {}", session.name(), m.messageType(), m.maid(),
                    link.id(), err.getMessage());
            }
        });
        if (m instanceof KeyDeliver && ((KeyDeliver) m).keyInfo().keyType() == KeyType.KS) {
            byte[] ks = ((KeyDeliver) m).keyInfo().keyMaterial().keyData().toByteArray();
            ControlSuite s = open.suite();
            ch.protect(s.protector(ks), s.protector(ks)); // after the KEYDELIVER: the channel moves to this Ks
            Arrays.fill(ks, (byte) 0);
        }
        return sent;
    }

    /** Stops listening and closes every channel without reporting members as left. */
    @Override
    public void close() {
        closing = true;
        if (server != null) {
            server.close();
        }
    }
}

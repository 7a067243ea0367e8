package org.rmcp.sm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.rmcp.codec.MessageType;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SubsAns;
import org.rmcp.codec.SubsReq;
import org.rmcp.sm.api.EffectSink;
import org.rmcp.sm.api.SmSession;
import org.rmcp.sm.internal.state.Fixtures;
import org.rmcp.transport.ControlChannel;
import org.rmcp.transport.RmcpClient;
import org.rmcp.transport.TlsConfig;
import org.rmcp.transport.TransportOptions;

/** The DS component registers the session with its name and hands every effect to every sink. */
class SessionComponentTest {
    @TempDir
    Path data;

    private final List<Object[]> registered = new ArrayList<>();
    private final List<String> unregistered = new ArrayList<>();

    private BundleContext context() {
        ServiceRegistration<?> reg = (ServiceRegistration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ServiceRegistration.class}, (p, m, args) -> {
                if (m.getName().equals("unregister")) {
                    unregistered.add("unregister");
                    return null;
                }
                throw new UnsupportedOperationException(m.getName());
            });
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
            (p, m, args) -> {
                switch (m.getName()) {
                    case "getDataFile":
                        return data.resolve((String) args[0]).toFile();
                    case "registerService":
                        registered.add(args);
                        return reg;
                    default:
                        throw new UnsupportedOperationException(m.getName());
                }
            });
    }

    @Test
    void registersTheSessionAndFansEffectsOutToEverySink() throws Exception {
        SessionComponent component = new SessionComponent();
        component.registry = new ControlAlgorithms();
        List<String> seen = new ArrayList<>();
        EffectSink failing = (s, effects) -> {
            throw new IllegalStateException("broken transport");
        };
        EffectSink recording = (s, effects) -> effects.forEach(e -> seen.add(s.name() + ":" + e.getClass().getSimpleName()));
        component.addSink(failing);
        component.addSink(recording);
        component.activate(context(), SettingsParserTest.config(Map.of("listenPort", 7444)),
            Map.of("service.pid", "org.rmcp.sm.session~news"));
        try {
            assertEquals(1, registered.size());
            assertEquals(SmSession.class, registered.get(0)[0]);
            SmSession session = (SmSession) registered.get(0)[1];
            @SuppressWarnings("unchecked")
            Dictionary<String, Object> props = (Dictionary<String, Object>) registered.get(0)[2];
            assertEquals("news", props.get(SmSession.NAME_PROPERTY));
            assertEquals(SettingsParser.sessionId("", "news"), props.get(SmSession.ID_PROPERTY));
            assertEquals(7444, session.transport().port());
            session.receive(Fixtures.link(1), new SubsReq(NodeType.SMA, session.sessionId(),
                Fixtures.maid(1), null));
            assertEquals(List.of("news:Send", "news:Send"), seen, "SUBSANS and KEYDELIVER reach the working sink");
            component.removeSink(recording);
            session.rotateKey("test");
            assertEquals(2, seen.size());
            session.addServiceUsers(List.of(new byte[] {1}));
            assertTrue(data.resolve("service-users-news.txt").toFile().isFile(), "registry saved in the data area");
        } finally {
            component.deactivate();
        }
        assertEquals(List.of("unregister"), unregistered);
    }

    @Test
    void withAPskFileTheSessionAdmitsOverTls() throws Exception {
        byte[] key = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        Path psk = Files.writeString(data.resolve("sm.psk"), "sma = " + HexFormat.of().formatHex(key) + "\n");
        SessionComponent component = new SessionComponent();
        component.registry = new ControlAlgorithms();
        component.activate(context(), SettingsParserTest.config(Map.of("listenHost", "127.0.0.1", "listenPort", 0,
            "pskFile", psk.toString())), Map.of("service.pid", "org.rmcp.sm.session~wired"));
        try (RmcpClient client = RmcpClient.create(TlsConfig.psk().pskIdentity("sma", key).build(),
                TransportOptions.defaults())) {
            SmSession session = (SmSession) registered.get(0)[1];
            InetSocketAddress bound = component.transportAddress().orElseThrow();
            ControlChannel ch = client.connect(bound).get(10, TimeUnit.SECONDS);
            byte[] ktls = ch.ktls();
            ch.protect(ControlAlgorithms.SUITE.protector(ktls), ControlAlgorithms.SUITE.protector(ktls));
            ch.pin(MessageType.KEYDELIVER.code(), ControlAlgorithms.SUITE.protector(ktls),
                ControlAlgorithms.SUITE.protector(ktls));
            CompletableFuture<RmcpMessage> answer = new CompletableFuture<>();
            ch.listen((c, m) -> {
                if (m instanceof SubsAns) {
                    answer.complete(m);
                }
            });
            ch.send(new SubsReq(NodeType.SMA, session.sessionId(), Fixtures.maid(1), null));
            SubsAns ans = (SubsAns) answer.get(10, TimeUnit.SECONDS);
            assertEquals(ResultCode.OK, ans.result().resultCode());
            assertEquals(1, session.members().size());
        } finally {
            component.deactivate();
        }
    }
}

package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.transport.Fixtures.await;
import static org.rmcp.transport.Fixtures.failure;
import static org.rmcp.transport.Fixtures.take;

import java.util.EnumSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.bouncycastle.tls.AlertDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rmcp.testkit.TestPki;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.testkit.TestPki.Entity;
import org.rmcp.transport.TlsConfig.Version;

/** TLS_CERT admission with mutual certificates, X.603.1 Amd.1 10.1.1.1. */
class CertAdmissionTest {
    private static Entity ca;
    private static Entity otherCa;
    private static Entity smEc;
    private static Entity smRsa;
    private static Entity dmaEc;
    private static Entity dmaRsa;
    private static Entity rogue;

    @BeforeAll
    static void pki() throws Exception {
        ca = TestPki.ca("RMCP Test CA");
        otherCa = TestPki.ca("Other CA");
        smEc = TestPki.leaf("sm", ca, TestPki.ec());
        smRsa = TestPki.leaf("sm-rsa", ca, TestPki.rsa());
        dmaEc = TestPki.leaf("dma-1", ca, TestPki.ec());
        dmaRsa = TestPki.leaf("dma-2", ca, TestPki.rsa());
        rogue = TestPki.leaf("dma-1", otherCa, TestPki.ec());
    }

    private static TlsConfig config(Entity own, Entity trusted, Version... v) {
        TlsConfig.Builder b = Fixtures.versions(TlsConfig.cert(), v).trust(trusted.cert());
        return own == null ? b.build() : b.identity(own.key(), own.cert()).build();
    }

    @ParameterizedTest
    @CsvSource({"TLS_1_2, EC, EC", "TLS_1_3, EC, EC", "TLS_1_2, RSA, RSA", "TLS_1_3, RSA, RSA", "TLS_1_3, EC, RSA",
        "TLS_1_2, RSA, EC"})
    void mutualAuthenticationAdmits(Version v, String smKey, String maKey) throws Exception {
        Entity sm = smKey.equals("EC") ? smEc : smRsa;
        Entity ma = maKey.equals("EC") ? dmaEc : dmaRsa;
        try (Fixtures.Harness server = new Fixtures.Harness(config(sm, ca));
                RmcpClient client = RmcpClient.create(config(ma, ca, v), Fixtures.options())) {
            ControlChannel c = await(client.connect(server.address()));
            ControlChannel s = take(server.admitted);
            assertEquals(ma.cert().getSubjectX500Principal().getName(), s.peerIdentity());
            assertEquals(sm.cert().getSubjectX500Principal().getName(), c.peerIdentity());
            assertTrue(c.tlsSession().startsWith(v == Version.TLS_1_3 ? "TLSv1.3" : "TLSv1.2"), c.tlsSession());
            assertArrayEquals(s.ktls(), c.ktls());
            BlockingQueue<RmcpMessage> atMa = Fixtures.listen(c);
            await(s.send(Fixtures.termReq()));
            assertEquals(Fixtures.termReq(), take(atMa));
        }
    }

    @ParameterizedTest
    @CsvSource({"TLS_1_2", "TLS_1_3"})
    void clientWithoutCertificateIsRefused(Version v) throws Exception {
        assertRefused(config(null, ca, v), v == Version.TLS_1_3 ? AlertDescription.certificate_required
                : AlertDescription.handshake_failure);
    }

    @ParameterizedTest
    @CsvSource({"TLS_1_2", "TLS_1_3"})
    void clientWithUntrustedCertificateIsRefused(Version v) throws Exception {
        assertRefused(config(rogue, ca, v), AlertDescription.bad_certificate);
    }

    @Test
    void clientRefusesServerItDoesNotTrust() throws Exception {
        try (Fixtures.Harness server = new Fixtures.Harness(config(smEc, ca));
                RmcpClient client = RmcpClient.create(config(dmaEc, otherCa), Fixtures.options())) {
            AdmissionException e = assertInstanceOf(AdmissionException.class, failure(client.connect(server.address())));
            assertEquals(AlertDescription.bad_certificate, e.alert(), e.getMessage());
            assertTrue(server.server.channels().isEmpty());
        }
    }

    /**
     * TLS 1.2: the client's future fails. TLS 1.3: the server judges the client certificate after
     * the client finished (RFC 8446 4.4.2.4), so the client's channel opens and then closes with
     * the AdmissionException as its cause.
     */
    private static void assertRefused(TlsConfig clientConfig, short alert) throws Exception {
        try (Fixtures.Harness server = new Fixtures.Harness(config(smEc, ca));
                RmcpClient client = RmcpClient.create(clientConfig, Fixtures.options())) {
            CompletableFuture<ControlChannel> f = client.connect(server.address());
            Throwable t;
            if (clientConfig.versions().equals(EnumSet.of(Version.TLS_1_3))) {
                BlockingQueue<Throwable> closed = new LinkedBlockingQueue<>();
                await(f).listen(new ControlChannel.Listener() {
                    @Override
                    public void onMessage(ControlChannel c, RmcpMessage m) {
                        closed.add(new AssertionError("refused client got " + m));
                    }

                    @Override
                    public void onClosed(ControlChannel c, Throwable cause) {
                        closed.add(cause == null ? new AssertionError("closed without cause") : cause);
                    }
                });
                t = take(closed);
            } else {
                t = failure(f);
            }
            AdmissionException e = assertInstanceOf(AdmissionException.class, t);
            assertEquals(AdmissionException.Reason.HANDSHAKE_FAILED, e.reason());
            assertEquals(alert, e.alert(), e.getMessage());
            assertTrue(server.server.channels().isEmpty());
            assertTrue(server.admitted.isEmpty());
        }
    }
}

package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.transport.Fixtures.KEY_A;
import static org.rmcp.transport.Fixtures.await;
import static org.rmcp.transport.Fixtures.take;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm;

/**
 * A channel's key schedule (X.603.1 Amd.1 10.2.6, Table 11; docs/spec-notes-transport.md 3.5):
 * a pinned message type keeps its KTLS protector and own sequence while the rest moves to Ks; a
 * message the peer sealed under the previous key just before switching still opens; a replayed
 * Ks-protected message is dropped.
 */
class KeyScheduleTest {
    private static final byte[] KS1 = HexFormat.of().parseHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
    private static final byte[] KS2 = HexFormat.of().parseHex("b0b1b2b3b4b5b6b7b8b9babbbcbdbebf");
    private static final ControlSuite SUITE = new ControlSuite(new AesCbcAlgorithm(), new HmacSha1Algorithm());
    private static final byte[] HRS = RmcpCodec.DEFAULT.encodeToBytes(Fixtures.hrsReq());
    private static final byte[] TERM = RmcpCodec.DEFAULT.encodeToBytes(Fixtures.termReq());

    private Fixtures.Harness sm;

    @BeforeEach
    void start() throws Exception {
        sm = new Fixtures.Harness(Fixtures.pskServer(), Fixtures.options(), new Fixtures.ProtectorPair() {
            @Override
            public MessageProtector send(ControlChannel ch) {
                return SUITE.protector(ch.ktls());
            }

            @Override
            public MessageProtector receive(ControlChannel ch) {
                return SUITE.protector(ch.ktls());
            }
        });
    }

    @AfterEach
    void stop() {
        sm.close();
    }

    @Test
    void aPinnedTypeStaysUnderKtlsWithItsOwnSequenceWhileTheRestMovesToKs() throws Exception {
        try (RawTlsClient ma = new RawTlsClient(sm.address(), "dma-1", KEY_A)) {
            ControlChannel s = take(sm.admitted);
            MessageProtector ktls = SUITE.protector(ma.ktls());
            s.pin(TERM[1] & 0xFF, SUITE.protector(s.ktls()), SUITE.protector(s.ktls()));
            await(s.send(Fixtures.termReq())); // pinned: KTLS, seq 0
            s.protect(SUITE.protector(KS1), SUITE.protector(KS1));
            await(s.send(Fixtures.termReq())); // still pinned: KTLS, seq 1
            ma.write(SUITE.protector(KS1).sealMessage(0, HRS));
            assertEquals(Fixtures.hrsReq(), take(sm.received));

            ReplayWindow w = ReplayWindow.strict();
            for (long seq = 0; seq < 2; seq++) {
                byte[] wire = ma.readFrame();
                assertEquals(seq, ByteBuffer.wrap(wire, 20, 8).getLong());
                assertArrayEquals(TERM, ktls.openMessage(wire, w));
            }
            byte[] underKs = SUITE.protector(KS1).sealMessage(0, TERM);
            assertThrows(ProtectionException.class, () -> ktls.openMessage(underKs, null),
                "sanity: Ks and KTLS seal differently");
        }
    }

    @Test
    void aMessageSealedUnderThePreviousKeyBeforeThePeerSwitchedStillOpensThenTheOldKeyIsRetired() throws Exception {
        try (RawTlsClient ma = new RawTlsClient(sm.address(), "dma-1", KEY_A)) {
            ControlChannel s = take(sm.admitted);
            s.protect(SUITE.protector(KS1), SUITE.protector(KS1));
            await(s.send(Fixtures.termReq()));
            ma.readFrame(); // the switch is in force
            ma.write(SUITE.protector(ma.ktls()).sealMessage(0, HRS)); // in flight under KTLS
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            ma.write(SUITE.protector(KS1).sealMessage(0, HRS)); // the peer has switched
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            ma.write(SUITE.protector(ma.ktls()).sealMessage(1, HRS)); // the old key is retired now
            ma.write(SUITE.protector(KS1).sealMessage(1, HRS));
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            assertTrue(sm.received.poll(200, TimeUnit.MILLISECONDS) == null, "the KTLS message was dropped");
        }
    }

    @Test
    void aMessageSealedTwoKeysAgoStillOpensAfterQuickSuccessiveSwitches() throws Exception {
        byte[] ks3 = HexFormat.of().parseHex("c0c1c2c3c4c5c6c7c8c9cacbcccdcecf");
        try (RawTlsClient ma = new RawTlsClient(sm.address(), "dma-1", KEY_A)) {
            ControlChannel s = take(sm.admitted);
            s.protect(SUITE.protector(KS1), SUITE.protector(KS1));
            s.protect(SUITE.protector(KS2), SUITE.protector(KS2));
            s.protect(SUITE.protector(ks3), SUITE.protector(ks3));
            await(s.send(Fixtures.termReq()));
            ma.readFrame(); // the switches are in force
            ma.write(SUITE.protector(KS1).sealMessage(0, HRS)); // sent before the peer saw two rotations
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            ma.write(SUITE.protector(ks3).sealMessage(0, HRS));
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            ma.write(SUITE.protector(KS2).sealMessage(0, HRS)); // retired once Ks3 opened
            ma.write(SUITE.protector(ks3).sealMessage(1, HRS));
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            assertTrue(sm.received.poll(200, TimeUnit.MILLISECONDS) == null, "the retired key's message was dropped");
        }
    }

    @Test
    void aReplayedKsProtectedMessageIsDropped() throws Exception {
        try (RawTlsClient ma = new RawTlsClient(sm.address(), "dma-1", KEY_A)) {
            ControlChannel s = take(sm.admitted);
            s.protect(SUITE.protector(KS2), SUITE.protector(KS2));
            await(s.send(Fixtures.termReq()));
            ma.readFrame(); // the switch is in force
            byte[] first = SUITE.protector(KS2).sealMessage(0, HRS);
            ma.write(first);
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            ma.write(first);
            ma.write(SUITE.protector(KS2).sealMessage(1, HRS));
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            assertTrue(sm.received.poll(200, TimeUnit.MILLISECONDS) == null, "the replay was not delivered");
            assertEquals(1, sm.server.channels().size(), "one failure does not close the channel");
        }
    }

}

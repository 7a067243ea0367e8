package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.transport.Fixtures.KEY_A;
import static org.rmcp.transport.Fixtures.await;
import static org.rmcp.transport.Fixtures.take;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;
import org.rmcp.cipher.aesgcm.internal.AesGcmAlgorithm;
import org.rmcp.codec.RmcpCodec;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm;

/** Control messages protected under KTLS on an admitted channel (X.603.1 Amd.1 10.2.6, Table 11). */
class ProtectedChannelTest {
    /** The two authenticated modes, with the real algorithm bundles. */
    enum Mode {
        AEAD_AES_GCM, ETM_AES_CBC_HMAC_SHA1;

        MessageProtector protector(byte[] key) throws GeneralSecurityException {
            return this == AEAD_AES_GCM ? MessageProtector.aead(new AesGcmAlgorithm(), key)
                    : MessageProtector.encryptThenMac(new AesCbcAlgorithm(), new HmacSha1Algorithm(), key);
        }
    }

    private Fixtures.Harness sm;

    private void start(Mode mode) throws Exception {
        sm = new Fixtures.Harness(Fixtures.pskServer(), Fixtures.options(), new Fixtures.ProtectorPair() {
            @Override
            public MessageProtector send(ControlChannel ch) throws GeneralSecurityException {
                return mode.protector(ch.ktls());
            }

            @Override
            public MessageProtector receive(ControlChannel ch) throws GeneralSecurityException {
                return mode.protector(ch.ktls());
            }
        });
    }

    @AfterEach
    void stop() {
        sm.close();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void protectedMessagesRoundTrip(Mode mode) throws Exception {
        start(mode);
        try (RmcpClient ma = RmcpClient.create(Fixtures.pskClient("dma-1", KEY_A), Fixtures.options())) {
            ControlChannel c = await(ma.connect(sm.address()));
            c.protect(mode.protector(c.ktls()), mode.protector(c.ktls()));
            BlockingQueue<RmcpMessage> atMa = Fixtures.listen(c);
            for (int i = 0; i < 3; i++) {
                await(c.send(Fixtures.hrsReq()));
                assertEquals(Fixtures.hrsReq(), take(sm.received));
            }
            ControlChannel s = take(sm.admitted);
            await(s.send(Fixtures.termReq()));
            assertEquals(Fixtures.termReq(), take(atMa));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tamperedAndReplayedMessagesAreDroppedThenTheChannelCloses(Mode mode) throws Exception {
        start(mode);
        try (RawTlsClient ma = new RawTlsClient(sm.address(), "dma-1", KEY_A)) {
            MessageProtector p = mode.protector(ma.ktls());
            byte[] plain = RmcpCodec.DEFAULT.encodeToBytes(Fixtures.hrsReq());
            byte[] first = p.sealMessage(0, plain);
            ma.write(first);
            assertEquals(Fixtures.hrsReq(), take(sm.received));

            ma.write(first); // replay: failure 1
            byte[] tampered = p.sealMessage(1, plain);
            tampered[tampered.length - 1] ^= 0x01;
            ma.write(tampered); // failure 2
            ma.write(p.sealMessage(1, plain)); // still accepted: the channel survived
            assertEquals(Fixtures.hrsReq(), take(sm.received));
            assertEquals(1, sm.server.channels().size());

            byte[] oldSeq = p.sealMessage(0, plain);
            ma.write(oldSeq); // failure 3: closes
            take(sm.closed);
            assertTrue(sm.received.isEmpty(), "nothing else was delivered");
            assertTrue(sm.server.channels().isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void wireFormatKeepsTheHeaderInClear(Mode mode) throws Exception {
        start(mode);
        try (RawTlsClient ma = new RawTlsClient(sm.address(), "dma-1", KEY_A)) {
            ControlChannel s = take(sm.admitted);
            await(s.send(Fixtures.termReq()));
            await(s.send(Fixtures.termReq()));
            byte[] plain = RmcpCodec.DEFAULT.encodeToBytes(Fixtures.termReq());
            MessageProtector p = mode.protector(ma.ktls());
            ReplayWindow w = ReplayWindow.strict();
            for (long seq = 0; seq < 2; seq++) {
                byte[] wire = ma.readFrame();
                assertArrayEquals(Arrays.copyOf(plain, 2), Arrays.copyOf(wire, 2), "Ver|NT and Message type in clear");
                assertArrayEquals(Arrays.copyOfRange(plain, 4, 20), Arrays.copyOfRange(wire, 4, 20),
                        "Session ID and MAID in clear");
                assertEquals(seq, java.nio.ByteBuffer.wrap(wire, 20, 8).getLong());
                assertArrayEquals(plain, p.openMessage(wire, w));
            }
        }
    }


}

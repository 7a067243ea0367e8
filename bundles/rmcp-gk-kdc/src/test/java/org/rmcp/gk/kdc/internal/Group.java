package org.rmcp.gk.kdc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rmcp.spi.gk.GkContext;
import org.rmcp.spi.gk.KeyMessage;
import org.rmcp.spi.gk.MemberId;

/**
 * The runtime around a {@link KdcServer} as the SPI describes it, with encryption modelled by who
 * holds which key: a unicast is readable by its addressee (KMAS), a group message by whoever holds
 * the Kg in force before the call. Every message is logged, so what any member, present or
 * departed, could ever read is computed as a closure over the whole log.
 */
final class Group {
    static final int KEY_LENGTH = 16;

    /** One delivered message: under the Kg of {@code underEpoch} (group) or to {@code to} (unicast). */
    record Sent(MemberId to, long underEpoch, long carriesEpoch) {
    }

    final KdcServer server;
    final GkContext context;
    final Map<MemberId, KdcMember> members = new LinkedHashMap<>();
    final List<Sent> log = new ArrayList<>();

    Group(int gkMecha) throws GeneralSecurityException {
        this.context = context(new FixedRandom(gkMecha), KEY_LENGTH, gkMecha);
        this.server = new KdcServer(context);
    }

    static GkContext context(SecureRandom random, int keyLength, int gkMecha) {
        return new GkContext() {
            @Override
            public SecureRandom random() {
                return random;
            }

            @Override
            public int keyLength() {
                return keyLength;
            }

            @Override
            public int gkMecha() {
                return gkMecha;
            }
        };
    }

    List<KeyMessage> join(MemberId m) throws GeneralSecurityException {
        long before = server.epoch();
        List<KeyMessage> out = server.onJoin(m);
        members.put(m, new KdcMember(KEY_LENGTH));
        deliver(before, out);
        return out;
    }

    List<KeyMessage> leave(MemberId m) throws GeneralSecurityException {
        long before = server.epoch();
        List<KeyMessage> out = server.onLeave(m);
        members.remove(m);
        deliver(before, out);
        return out;
    }

    List<KeyMessage> rekey() throws GeneralSecurityException {
        long before = server.epoch();
        List<KeyMessage> out = server.rekey();
        deliver(before, out);
        return out;
    }

    /** Hands each message to the members that can decrypt it, then checks everyone is in step. */
    private void deliver(long before, List<KeyMessage> out) throws GeneralSecurityException {
        for (KeyMessage m : out) {
            long carries = epochOf(m.payload());
            log.add(new Sent(m.to(), before, carries));
            for (Map.Entry<MemberId, KdcMember> e : members.entrySet()) {
                if (e.getKey().equals(m.to()) || (m.toGroup() && e.getValue().epoch() == before)) {
                    e.getValue().onMessage(m.payload());
                }
            }
        }
        for (Map.Entry<MemberId, KdcMember> e : members.entrySet()) {
            assertEquals(server.epoch(), e.getValue().epoch(), e.getKey() + " epoch");
            assertArrayEquals(server.currentKey(), e.getValue().currentKey(), e.getKey() + " key");
        }
    }

    /** @return every epoch whose Kg {@code who} could read from the log, now or after leaving */
    Set<Long> readableBy(MemberId who) {
        Set<Long> known = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Sent s : log) {
                boolean readable = s.to() == null ? known.contains(s.underEpoch()) : s.to().equals(who);
                if (readable && known.add(s.carriesEpoch())) {
                    grew = true;
                }
            }
        }
        return known;
    }

    static long epochOf(byte[] payload) {
        return ByteBuffer.wrap(payload, 1, 8).getLong();
    }
}

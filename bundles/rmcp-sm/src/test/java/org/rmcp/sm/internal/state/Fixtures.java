package org.rmcp.sm.internal.state;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rmcp.api.AlgorithmType;
import org.rmcp.codec.AuthAlgCapab;
import org.rmcp.codec.EnDecCapab;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GkMechCapab;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Octets;
import org.rmcp.codec.RmcpMessage;
import org.rmcp.codec.SecAgAns;
import org.rmcp.codec.SecAgReq;
import org.rmcp.codec.SecReturn;
import org.rmcp.codec.SecReturnCode;
import org.rmcp.codec.ServUserIdent;
import org.rmcp.codec.SmaPropose;
import org.rmcp.codec.SubsReq;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.api.Link;

/** Messages, members, limits, a settable clock and deterministic randomness for the SM tests. */
public final class Fixtures {
    public static final long SID = 0x0102030405060708L;
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Fixtures() {
    }

    /** A clock the test moves by hand. */
    public static final class MutableClock extends Clock {
        private Instant now = T0;

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** @return random bytes that differ on every call and repeat across instances (a counter) */
    public static RandomBytes counter() {
        int[] calls = {0};
        return b -> {
            calls[0]++;
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (calls[0] * 31 + i);
            }
        };
    }

    public static Maid maid(int n) {
        return Maid.parse("10.0.0." + n + ":7000");
    }

    public static Link link(int n) {
        return new Link("link-" + n, String.format("%08x", n));
    }

    public static SubsReq subsReq(NodeType type, int n) {
        return new SubsReq(type, SID, maid(n), null);
    }

    public static SubsReq subsReq(NodeType type, int n, String ident) {
        return new SubsReq(type, SID, maid(n), new ServUserIdent(Octets.of(ident.getBytes(StandardCharsets.UTF_8))));
    }

    public static SmaPropose propose(GpAttribute gp, GkMecha mecha, int con) {
        return new SmaPropose(gp, mecha, con);
    }

    public static SecAgReq smaReq(int n, SmaPropose p, List<EnDecCapab> en, List<AuthAlgCapab> auth, List<GkMechCapab> gk) {
        return new SecAgReq(NodeType.SMA, SID, maid(n), p, gk, en, auth);
    }

    public static SecAgReq dmaReq(int n, List<EnDecCapab> en, List<AuthAlgCapab> auth, List<GkMechCapab> gk) {
        return new SecAgReq(NodeType.DMA, SID, maid(n), null, gk, en, auth);
    }

    public static SecAgReq rmaReq(int n) {
        return new SecAgReq(NodeType.RMA, SID, maid(n), null, List.of(), List.of(), List.of());
    }

    public static SecAgAns ans(NodeType type, int n, SecReturnCode code) {
        return new SecAgAns(type, SID, maid(n), new SecReturn(code));
    }

    /** @param pairs code, PREFER, code, PREFER, ... */
    public static List<EnDecCapab> en(int... pairs) {
        List<EnDecCapab> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new EnDecCapab(pairs[i], pairs[i + 1]));
        }
        return out;
    }

    public static List<AuthAlgCapab> auth(int... pairs) {
        List<AuthAlgCapab> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new AuthAlgCapab(pairs[i], pairs[i + 1]));
        }
        return out;
    }

    public static List<GkMechCapab> gk(int... pairs) {
        List<GkMechCapab> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new GkMechCapab(pairs[i], pairs[i + 1]));
        }
        return out;
    }

    /** The defaults of SessionConfig: EN 0x11,0x12,0x01,0x02,0x04; AUTH 0x01,0x02; GK 0x01-0x05; every GK_MECHA. */
    public static PolicyLimits limits(GpAttribute group) {
        return limits(group, Map.of());
    }

    public static PolicyLimits limits(GpAttribute group, Map<AlgorithmType, Set<Integer>> provisionable) {
        Map<AlgorithmType, List<Integer>> allowed = new EnumMap<>(AlgorithmType.class);
        allowed.put(AlgorithmType.EN_DEC, List.of(0x11, 0x12, 0x01, 0x02, 0x04));
        allowed.put(AlgorithmType.AUTH, List.of(0x01, 0x02));
        allowed.put(AlgorithmType.GK, List.of(0x01, 0x02, 0x03, 0x04, 0x05));
        return new PolicyLimits(group, List.of(GkMecha.values()), allowed, provisionable);
    }

    /** @return the Send effects carrying a message of {@code type} */
    public static <M extends RmcpMessage> List<M> sent(List<Effect> effects, Class<M> type) {
        return effects.stream().filter(e -> e instanceof Effect.Send).map(e -> ((Effect.Send) e).message())
            .filter(type::isInstance).map(type::cast).toList();
    }

    /** @return the effects of one kind */
    public static <E extends Effect> List<E> only(List<Effect> effects, Class<E> type) {
        return effects.stream().filter(type::isInstance).map(type::cast).toList();
    }
}

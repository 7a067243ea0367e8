package org.rmcp.sm.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.sm.internal.state.Fixtures.auth;
import static org.rmcp.sm.internal.state.Fixtures.dmaReq;
import static org.rmcp.sm.internal.state.Fixtures.en;
import static org.rmcp.sm.internal.state.Fixtures.gk;
import static org.rmcp.sm.internal.state.Fixtures.limits;
import static org.rmcp.sm.internal.state.Fixtures.propose;
import static org.rmcp.sm.internal.state.Fixtures.smaReq;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.codec.AuthAttribute;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.SecAgReq;
import org.rmcp.codec.SmaPropose;
import org.rmcp.sm.api.SecurityPolicy;

/** The policy rule of docs/policy.md, one table row per situation (X.603.1 Amd.1 10.1.3, 10.1.4.1). */
class PolicyChooserTest {
    private static final SmaPropose CBC_OPEN = propose(GpAttribute.OPEN, GkMecha.BACKWARD_FORWARD, 0x01);

    /** Expected items: CON_EN_DEC_ID, GK_EN_DEC_ID, AUTH_ID, GK_NAME. */
    record Row(String name, PolicyLimits limits, SmaPropose proposal, List<SecAgReq> requests, int con, int gkEnDec,
               int authId, int gkName) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> table() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("SMA proposal wins for CON_EN_DEC_ID; best combined PREFER for GK_EN_DEC_ID",
            limits(GpAttribute.OPEN), CBC_OPEN, List.of(
                smaReq(1, CBC_OPEN, en(0x01, 1, 0x11, 2), auth(0x01, 1), gk(0x01, 1)),
                dmaReq(2, en(0x11, 1, 0x01, 3), auth(0x01, 1), gk(0x01, 1)),
                dmaReq(3, en(0x11, 1, 0x01, 1), auth(0x01, 1), gk(0x01, 1))),
            0x01, 0x11, 0x01, 0x01));
        rows.add(new Row("three DMAs with different capabilities: only codes all hold are candidates",
            limits(GpAttribute.OPEN), propose(GpAttribute.OPEN, GkMecha.STATIC, 0x04), List.of(
                smaReq(1, propose(GpAttribute.OPEN, GkMecha.STATIC, 0x04), en(0x04, 1, 0x02, 2, 0x11, 3),
                    auth(0x02, 1, 0x01, 2), gk(0x05, 1, 0x03, 2)),
                dmaReq(2, en(0x02, 1, 0x11, 1), auth(0x01, 1, 0x02, 3), gk(0x03, 1, 0x05, 6)),
                dmaReq(3, en(0x11, 2, 0x02, 1, 0x04, 1), auth(0x02, 2, 0x01, 1), gk(0x03, 2, 0x05, 1)),
                dmaReq(4, en(0x02, 5, 0x11, 1), auth(0x01, 1, 0x02, 1), gk(0x05, 1, 0x03, 1))),
            // SEED (0x04) is missing at DMAs 2 and 4: not a candidate; 0x11 scores 3+1+2+1=7, 0x02 2+1+1+5=9
            0x11, 0x11, 0x01, 0x03)); // AUTH 0x01: 2+1+1+1=5 vs 0x02: 1+3+2+1=7; GK 0x03: 2+1+2+1=6 vs 0x05: 1+6+1+1=9
        rows.add(new Row("a tie goes to the code earlier on the SM's allowed list",
            limits(GpAttribute.OPEN), CBC_OPEN, List.of(
                smaReq(1, CBC_OPEN, en(0x02, 1, 0x01, 2), auth(0x02, 1, 0x01, 2), gk(0x02, 1, 0x01, 2)),
                dmaReq(2, en(0x02, 2, 0x01, 1), auth(0x02, 2, 0x01, 1), gk(0x02, 2, 0x01, 1))),
            0x01, 0x01, 0x01, 0x01));
        rows.add(new Row("the allowed list excludes what every MA prefers (MD5, PKCS #1)",
            limits(GpAttribute.OPEN), CBC_OPEN, List.of(
                smaReq(1, CBC_OPEN, en(0x03, 1, 0x01, 5), auth(0x03, 1, 0x02, 3), gk(0x04, 1)),
                dmaReq(2, en(0x03, 1, 0x01, 5), auth(0x03, 1, 0x02, 3), gk(0x04, 1))),
            0x01, 0x01, 0x02, 0x04));
        rows.add(new Row("a provisionable code is a candidate even where an MA lacks it, at MAX_PREFER + 1",
            limits(GpAttribute.OPEN, provisionable(AlgorithmType.AUTH, 0x01)), CBC_OPEN, List.of(
                smaReq(1, CBC_OPEN, en(0x01, 1), auth(0x01, 1), gk(0x01, 1)),
                dmaReq(2, en(0x01, 1), auth(0x02, 1), gk(0x01, 1))),
            0x01, 0x01, 0x01, 0x01)); // 0x02 lacks at the SMA and is not provisionable
        rows.add(new Row("the SMA's proposal is not taken when a DMA cannot run it",
            limits(GpAttribute.OPEN), propose(GpAttribute.OPEN, GkMecha.STATIC, 0x04), List.of(
                smaReq(1, propose(GpAttribute.OPEN, GkMecha.STATIC, 0x04), en(0x04, 1, 0x02, 2), auth(0x01, 1),
                    gk(0x01, 1)),
                dmaReq(2, en(0x02, 1), auth(0x01, 1), gk(0x01, 1))),
            0x02, 0x02, 0x01, 0x01));
        rows.add(new Row("the SMA's proposal wins when provisionable although a DMA lacks it",
            limits(GpAttribute.OPEN, provisionable(AlgorithmType.EN_DEC, 0x04)), propose(GpAttribute.OPEN,
                GkMecha.STATIC, 0x04), List.of(
                smaReq(1, propose(GpAttribute.OPEN, GkMecha.STATIC, 0x04), en(0x04, 1, 0x02, 2), auth(0x01, 1),
                    gk(0x01, 1)),
                dmaReq(2, en(0x02, 1), auth(0x01, 1), gk(0x01, 1))),
            0x04, 0x02, 0x01, 0x01)); // GK_EN_DEC: 0x02 scores 3, 0x04 scores 1 + 6 = 7
        return rows.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void choosesPerRule(Row row) {
        SecurityPolicy p = PolicyChooser.choose(row.limits(), row.proposal(), caps(row.requests()));
        assertEquals(List.of(row.con(), row.gkEnDec(), row.authId(), row.gkName()),
            List.of(p.conEnDecId(), p.gkEnDecId(), p.authId(), p.gkName()), row.name());
        assertEquals(AuthAttribute.MEMBERSHIP, p.authAttribute());
        assertEquals(AuthNames.MEM_AUTH, p.authName());
    }

    @Test
    void tieFollowsTheOperatorsOrder() {
        PolicyLimits base = limits(GpAttribute.OPEN);
        Map<AlgorithmType, List<Integer>> reversed = new EnumMap<>(base.allowed());
        reversed.put(AlgorithmType.AUTH, List.of(0x02, 0x01));
        PolicyLimits swapped = new PolicyLimits(GpAttribute.OPEN, base.gkMechas(), reversed, base.provisionable());
        List<Capabilities> mas = caps(List.of(
            smaReq(1, CBC_OPEN, en(0x01, 1), auth(0x02, 1, 0x01, 2), gk(0x01, 1)),
            dmaReq(2, en(0x01, 1), auth(0x02, 2, 0x01, 1), gk(0x01, 1))));
        assertEquals(0x01, PolicyChooser.choose(base, CBC_OPEN, mas).authId());
        assertEquals(0x02, PolicyChooser.choose(swapped, CBC_OPEN, mas).authId());
    }

    @Test
    void noCommonCodeFailsNamingTheItem() {
        List<Capabilities> mas = caps(List.of(
            smaReq(1, CBC_OPEN, en(0x01, 1), auth(0x01, 1), gk(0x01, 1)),
            dmaReq(2, en(0x01, 1), auth(0x02, 1), gk(0x01, 1))));
        NoPolicyException e = assertThrows(NoPolicyException.class,
            () -> PolicyChooser.choose(limits(GpAttribute.OPEN), CBC_OPEN, mas));
        assertTrue(e.getMessage().startsWith("AUTH_ID: no code"), e.getMessage());
    }

    @Test
    void dmaWithoutAnyGkMechanismLeavesNoGkNameCandidate() {
        List<Capabilities> mas = caps(List.of(
            smaReq(1, CBC_OPEN, en(0x01, 1), auth(0x01, 1), gk(0x01, 1)),
            dmaReq(2, en(0x01, 1), auth(0x01, 1), gk())));
        NoPolicyException e = assertThrows(NoPolicyException.class,
            () -> PolicyChooser.choose(limits(GpAttribute.OPEN), CBC_OPEN, mas));
        assertTrue(e.getMessage().startsWith("GK_NAME"), e.getMessage());
    }

    static Stream<Arguments> groupAndMecha() {
        return Stream.of(
            Arguments.of(GpAttribute.OPEN, GpAttribute.OPEN, GpAttribute.OPEN),
            Arguments.of(GpAttribute.OPEN, GpAttribute.CLOSED, GpAttribute.CLOSED),
            Arguments.of(GpAttribute.CLOSED, GpAttribute.OPEN, GpAttribute.CLOSED),
            Arguments.of(GpAttribute.CLOSED, GpAttribute.CLOSED, GpAttribute.CLOSED));
    }

    @ParameterizedTest(name = "configured {0}, SMA proposes {1} -> {2}")
    @MethodSource("groupAndMecha")
    void smaMayCloseAnOpenGroupButNotOpenAClosedOne(GpAttribute configured, GpAttribute proposed, GpAttribute expected) {
        SmaPropose p = propose(proposed, GkMecha.PERIODIC, 0x01);
        SecurityPolicy policy = PolicyChooser.choose(limits(configured), p,
            caps(List.of(smaReq(1, p, en(0x01, 1), auth(0x01, 1), gk(0x01, 1)))));
        assertEquals(expected, policy.gpAttribute());
        assertEquals(GkMecha.PERIODIC, policy.gkMecha());
    }

    @Test
    void gkMechaFallsBackToTheSmsFirstAcceptedValue() {
        PolicyLimits base = limits(GpAttribute.OPEN);
        PolicyLimits onlyBackward = new PolicyLimits(GpAttribute.OPEN, List.of(GkMecha.PERIODIC_BACKWARD, GkMecha.BACKWARD),
            base.allowed(), base.provisionable());
        SmaPropose p = propose(GpAttribute.OPEN, GkMecha.FORWARD, 0x01);
        List<Capabilities> sma = caps(List.of(smaReq(1, p, en(0x01, 1), auth(0x01, 1), gk(0x01, 1))));
        assertEquals(GkMecha.PERIODIC_BACKWARD, PolicyChooser.choose(onlyBackward, p, sma).gkMecha());
        PolicyLimits none = new PolicyLimits(GpAttribute.OPEN, List.of(), base.allowed(), base.provisionable());
        assertTrue(assertThrows(NoPolicyException.class, () -> PolicyChooser.choose(none, p, sma)).getMessage()
            .startsWith("GK_MECHA"));
    }

    @Test
    void scoreCountsAMissingCodeAsMaxPreferPlusOne() {
        List<Capabilities> mas = caps(List.of(
            smaReq(1, CBC_OPEN, en(0x01, 2), auth(0x01, 3), gk(0x01, 6)),
            dmaReq(2, en(), auth(), gk())));
        assertEquals(2 + 6, PolicyChooser.score(AlgorithmType.EN_DEC, 0x01, mas));
        assertEquals(3 + 4, PolicyChooser.score(AlgorithmType.AUTH, 0x01, mas));
        assertEquals(6 + 7, PolicyChooser.score(AlgorithmType.GK, 0x01, mas));
    }

    @Test
    void repeatedCodeKeepsItsBestPreference() {
        Capabilities c = Capabilities.of(Fixtures.dmaReq(2, en(0x01, 4, 0x01, 2), auth(), gk()));
        assertEquals(2, c.prefer(AlgorithmType.EN_DEC, 0x01).getAsInt());
    }

    private static List<Capabilities> caps(List<SecAgReq> reqs) {
        return reqs.stream().map(Capabilities::of).toList();
    }

    private static Map<AlgorithmType, Set<Integer>> provisionable(AlgorithmType type, Integer... codes) {
        Map<AlgorithmType, Set<Integer>> m = new EnumMap<>(AlgorithmType.class);
        m.put(type, Set.of(codes));
        return m;
    }
}

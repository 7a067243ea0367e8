package org.rmcp.ma.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.ma.internal.state.Fixtures.MAID;
import static org.rmcp.ma.internal.state.Fixtures.SID;
import static org.rmcp.ma.internal.state.Fixtures.T0;
import static org.rmcp.ma.internal.state.Fixtures.TIMEOUT;

import java.net.URI;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.AuthNames;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.api.alg.GkNames;
import org.rmcp.codec.AuthAlg;
import org.rmcp.codec.AuthAlgCapab;
import org.rmcp.codec.AuthAttribute;
import org.rmcp.codec.AuthMech;
import org.rmcp.codec.ConEnDecAlg;
import org.rmcp.codec.EnDecCapab;
import org.rmcp.codec.GkEnDecAlg;
import org.rmcp.codec.GkMech;
import org.rmcp.codec.GkMechCapab;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.Result;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.SecAgAns;
import org.rmcp.codec.SecAgReq;
import org.rmcp.codec.SecAlgReq;
import org.rmcp.codec.SecList;
import org.rmcp.codec.SecModule;
import org.rmcp.codec.SecReturnCode;
import org.rmcp.codec.SubsAns;
import org.rmcp.ma.internal.state.Fixtures.FakeRegistry;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;

/** SECAGREQ, SECLIST, SECALGREQ, SECMODULE, provisioning and SECAGANS on the MA (X.603.1 Amd.1 10.1.3-10.1.4). */
class PolicyAgreementTest {
    private static final URI BASE = URI.create("https://sm.example:8443/repo/");
    private static final Offer SEED = Fixtures.offer(AlgorithmType.EN_DEC, EnDecIds.SEED);

    private FakeRegistry registry = Fixtures.full();
    private Subscriber subscriber;
    private PolicyAgreement agreement;

    private void setUp(NodeType role, boolean subscribe) {
        MaConfig c = Fixtures.config(role);
        subscriber = new Subscriber(c);
        if (subscribe) {
            subscriber.request();
            subscriber.onAnswer(new SubsAns(NodeType.SM, SID, MAID, new Result(ResultCode.OK), null));
        }
        agreement = new PolicyAgreement(c, subscriber, registry);
    }

    private static SecList secList(int con, int gkEnDec) {
        return new SecList(NodeType.SM, SID, MAID, new GkMech(GpAttribute.OPEN, GkMecha.BACKWARD_FORWARD, GkNames.KDC),
            new AuthMech(AuthAttribute.values()[0], AuthNames.MEM_AUTH), new ConEnDecAlg(con), new GkEnDecAlg(gkEnDec),
            new AuthAlg(AuthIds.HMAC_SHA1));
    }

    private static SecModule module(Offer... offers) {
        return new SecModule(NodeType.SM, SID, MAID, BASE.toString(), Stream.of(offers).map(Offer::toText).toList());
    }

    private static <T> T sent(Effect e, Class<T> type) {
        return type.cast(assertInstanceOf(Effect.Send.class, e).message());
    }

    private static void assertAnswer(List<Effect> out, SecReturnCode code, Class<? extends Effect> last) {
        assertEquals(2, out.size(), out::toString);
        assertEquals(code, sent(out.get(0), SecAgAns.class).secReturn().secReturn());
        assertInstanceOf(last, out.get(1));
    }

    static Stream<Arguments> roles() {
        return Stream.of(
            Arguments.of(NodeType.SMA, Protection.KS, List.of(new GkMechCapab(GkNames.KDC, 1)),
                List.of(new EnDecCapab(EnDecIds.AES_128_CBC, 2), new EnDecCapab(EnDecIds.SEED, 1)),
                List.of(new AuthAlgCapab(AuthIds.HMAC_SHA1, 1), new AuthAlgCapab(AuthIds.MD5, 3))),
            Arguments.of(NodeType.DMA, Protection.KS, List.of(new GkMechCapab(GkNames.KDC, 1)),
                List.of(new EnDecCapab(EnDecIds.AES_128_CBC, 2), new EnDecCapab(EnDecIds.SEED, 1)),
                List.of(new AuthAlgCapab(AuthIds.HMAC_SHA1, 1), new AuthAlgCapab(AuthIds.MD5, 3))),
            Arguments.of(NodeType.RMA, Protection.KTLS, List.of(), List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void secAgReqFromTheRegistryWithConfiguredRanks(NodeType role, Protection p, List<GkMechCapab> gk,
            List<EnDecCapab> en, List<AuthAlgCapab> auth) {
        registry.add(AlgorithmType.AUTH, AuthIds.MD5);
        setUp(role, true);
        List<Effect> out = agreement.start();
        assertEquals(p, ((Effect.Send) out.get(0)).protection());
        SecAgReq req = sent(out.get(0), SecAgReq.class);
        assertEquals(role, req.nodeType());
        assertEquals(role == NodeType.SMA ? Fixtures.PROPOSAL : null, req.smaPropose());
        assertEquals(gk, req.gkMechCapab());
        assertEquals(en, req.enDecCapab());
        assertEquals(auth, req.authAlgCapab());
        assertEquals(PolicyAgreement.State.REQUESTED, agreement.state());
    }

    @Test
    void secAgReqIsSentAgainWhileNoSecListComesThenTheAgreementFails() {
        setUp(NodeType.DMA, true);
        SecAgReq first = sent(agreement.start().get(0), SecAgReq.class);
        assertEquals(List.of(), agreement.onTick(T0), "the first tick starts the clock");
        assertEquals(List.of(), agreement.onTick(T0.plus(PolicyAgreement.SECAGREQ_RETRY).minusMillis(1)));
        Instant t = T0;
        for (int n = 2; n <= PolicyAgreement.SECAGREQ_MAX_SENDS; n++) {
            t = t.plus(PolicyAgreement.SECAGREQ_RETRY);
            List<Effect> again = agreement.onTick(t);
            assertEquals(first, sent(again.get(0), SecAgReq.class), "send " + n + " repeats the request");
        }
        assertAnswer(agreement.onTick(t.plus(PolicyAgreement.SECAGREQ_RETRY)), SecReturnCode.FAILED_CONFIGURATION,
            Effect.Failed.class);
    }

    @Test
    void aSecListStopsTheRetransmissions() {
        setUp(NodeType.DMA, true);
        agreement.start();
        agreement.onTick(T0);
        agreement.onSecList(secList(EnDecIds.AES_128_CBC, EnDecIds.AES_128_CBC), T0.plusSeconds(1));
        assertEquals(PolicyAgreement.State.AGREED, agreement.state());
        assertEquals(List.of(), agreement.onTick(T0.plus(PolicyAgreement.SECAGREQ_RETRY).plusSeconds(5)));
    }

    @Test
    void startBeforeSubscriptionIsAProgrammingError() {
        setUp(NodeType.DMA, false);
        assertThrows(IllegalStateException.class, agreement::start);
    }

    @ParameterizedTest
    @EnumSource(value = NodeType.class, names = {"SMA", "DMA", "RMA"})
    void allPresentAnswersOkAtOnce(NodeType role) {
        setUp(role, true);
        agreement.start();
        SecList list = secList(EnDecIds.SEED, EnDecIds.AES_128_CBC);
        List<Effect> out = agreement.onSecList(list, T0);
        assertAnswer(out, SecReturnCode.OK, Effect.Agreed.class);
        assertEquals(list, ((Effect.Agreed) out.get(1)).policy());
        assertEquals(PolicyAgreement.State.AGREED, agreement.state());
    }

    static Stream<Arguments> missingSeed() {
        return Stream.of(
            Arguments.of("content cipher", EnDecIds.SEED, EnDecIds.AES_128_CBC, EnDecIds.SEED, null),
            Arguments.of("group key cipher", EnDecIds.AES_128_CBC, EnDecIds.SEED, null, EnDecIds.SEED),
            Arguments.of("both", EnDecIds.SEED, EnDecIds.SEED, EnDecIds.SEED, EnDecIds.SEED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingSeed")
    void missingSeedIsRequestedProvisionedAndAgreed(String label, int con, int gkEnDec, Integer conAsk, Integer gkAsk) {
        registry.remove(AlgorithmType.EN_DEC, EnDecIds.SEED);
        setUp(NodeType.DMA, true);
        agreement.start();
        List<Effect> out = agreement.onSecList(secList(con, gkEnDec), T0);
        SecAlgReq req = sent(out.get(0), SecAlgReq.class);
        assertEquals(conAsk, req.conEnDecDeliver() == null ? null : req.conEnDecDeliver().conEnDecId());
        assertEquals(gkAsk, req.gkEnDecDeliver() == null ? null : req.gkEnDecDeliver().gkEnDecId());
        assertNull(req.gkMechDeliver());
        assertNull(req.authAlgDeliver());
        assertNull(req.authMechDeliver());
        assertEquals(PolicyAgreement.State.AWAITING_MODULE, agreement.state());

        out = agreement.onSecModule(module(SEED, SEED), T0.plusSeconds(1));
        assertEquals(List.of(new Effect.Provision(SEED, BASE)), out, "one Provision per distinct offer");
        registry.add(AlgorithmType.EN_DEC, EnDecIds.SEED);
        assertAnswer(agreement.onProvisioned(ProvisioningResult.success(SEED, 42, "rmcp-repo:x"), T0.plusSeconds(2)),
            SecReturnCode.OK, Effect.Agreed.class);
    }

    /** Drives a DMA lacking SEED as content cipher to the PROVISIONING state. */
    private void provisioning() {
        registry.remove(AlgorithmType.EN_DEC, EnDecIds.SEED);
        setUp(NodeType.DMA, true);
        agreement.start();
        agreement.onSecList(secList(EnDecIds.SEED, EnDecIds.AES_128_CBC), T0);
        agreement.onSecModule(module(SEED), T0);
    }

    @Test
    void provisioningFailureAnswersFailedConfiguration() {
        provisioning();
        assertAnswer(agreement.onProvisioned(ProvisioningResult.failed(SEED, "bad signature"), T0),
            SecReturnCode.FAILED_CONFIGURATION, Effect.Failed.class);
        assertEquals(0x04, SecReturnCode.FAILED_CONFIGURATION.code());
        assertEquals(PolicyAgreement.State.FAILED, agreement.state());
    }

    @Test
    void stillMissingAfterASuccessfulResultFails() {
        provisioning();
        List<Effect> out = agreement.onProvisioned(ProvisioningResult.success(SEED, 42, "rmcp-repo:x"), T0);
        assertAnswer(out, SecReturnCode.FAILED_CONFIGURATION, Effect.Failed.class);
        assertTrue(((Effect.Failed) out.get(1)).reason().contains("CON_EN_DEC_ALG"), out::toString);
    }

    @Test
    void timeoutWhileWaitingForSecModuleFails() {
        registry.remove(AlgorithmType.EN_DEC, EnDecIds.SEED);
        setUp(NodeType.SMA, true);
        agreement.start();
        agreement.onSecList(secList(EnDecIds.SEED, EnDecIds.AES_128_CBC), T0);
        assertEquals(List.of(), agreement.onTick(T0.plus(TIMEOUT).minusMillis(1)));
        assertAnswer(agreement.onTick(T0.plus(TIMEOUT)), SecReturnCode.FAILED_CONFIGURATION, Effect.Failed.class);
        assertInstanceOf(Effect.Ignored.class, agreement.onSecModule(module(SEED), T0.plus(TIMEOUT)).get(0));
    }

    @Test
    void timeoutWhileProvisioningFailsAndALateResultIsIgnored() {
        provisioning();
        assertAnswer(agreement.onTick(T0.plus(TIMEOUT)), SecReturnCode.FAILED_CONFIGURATION, Effect.Failed.class);
        List<Effect> late = agreement.onProvisioned(ProvisioningResult.success(SEED, 42, "rmcp-repo:x"),
            T0.plus(TIMEOUT).plus(Duration.ofSeconds(1)));
        assertInstanceOf(Effect.Ignored.class, late.get(0));
    }

    static Stream<Arguments> badModules() {
        Offer aes = Fixtures.offer(AlgorithmType.EN_DEC, EnDecIds.AES_128_CBC);
        return Stream.of(
            Arguments.of("an offer not asked for", module(SEED, aes)),
            Arguments.of("no offer for SEED", module(aes)),
            Arguments.of("a malformed offer", new SecModule(NodeType.SM, SID, MAID, BASE.toString(), List.of("bsn=x"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badModules")
    void aSecModuleThatDoesNotFitFails(String label, SecModule m) {
        registry.remove(AlgorithmType.EN_DEC, EnDecIds.SEED);
        setUp(NodeType.DMA, true);
        agreement.start();
        agreement.onSecList(secList(EnDecIds.SEED, EnDecIds.AES_128_CBC), T0);
        assertAnswer(agreement.onSecModule(m, T0), SecReturnCode.FAILED_CONFIGURATION, Effect.Failed.class);
    }

    @Test
    void secListBeforeSubscriptionIsIgnored() {
        setUp(NodeType.DMA, false);
        List<Effect> out = agreement.onSecList(secList(EnDecIds.SEED, EnDecIds.SEED), T0);
        assertTrue(((Effect.Ignored) out.get(0)).reason().contains("before subscription"), out::toString);
        assertEquals(PolicyAgreement.State.IDLE, agreement.state());
    }

    @Test
    void duplicateSecListWhileProvisioningIsIgnored() {
        provisioning();
        List<Effect> out = agreement.onSecList(secList(EnDecIds.SEED, EnDecIds.AES_128_CBC), T0);
        assertTrue(((Effect.Ignored) out.get(0)).reason().contains("duplicate"), out::toString);
        assertEquals(PolicyAgreement.State.PROVISIONING, agreement.state());
    }

    @Test
    void aRetransmittedSecListGetsTheSameAnswerAndADifferentOneIsIgnored() {
        setUp(NodeType.DMA, true);
        agreement.start();
        List<Effect> first = agreement.onSecList(secList(EnDecIds.SEED, EnDecIds.AES_128_CBC), T0);
        List<Effect> again = agreement.onSecList(secList(EnDecIds.SEED, EnDecIds.AES_128_CBC), T0);
        assertEquals(List.of(first.get(0)), again);
        assertInstanceOf(Effect.Ignored.class, agreement.onSecList(secList(EnDecIds.SEED, EnDecIds.SEED), T0).get(0));
    }

    @Test
    void secModuleWithoutSecAlgReqIsIgnored() {
        setUp(NodeType.DMA, true);
        assertInstanceOf(Effect.Ignored.class, agreement.onSecModule(module(SEED), T0).get(0));
    }
}

package org.rmcp.alg.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.alg.registry.internal.Fakes.algorithm;
import static org.rmcp.alg.registry.internal.Fakes.props;
import static org.rmcp.api.AlgorithmType.AUTH;
import static org.rmcp.api.AlgorithmType.EN_DEC;
import static org.rmcp.api.AlgorithmType.GK;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.SecurityAlgorithm;
import org.rmcp.spi.cipher.EncDecAlgorithm;

/** Bind/unbind, ranking, code checks and lookup of the registry, without an OSGi framework. */
class AlgorithmRegistryComponentTest {
    private final AlgorithmRegistryComponent registry = new AlgorithmRegistryComponent();

    @Test
    void addThenRemove() {
        SecurityAlgorithm aes = algorithm(EN_DEC, EnDecIds.AES_128_CBC, "AES-128-CBC", false, null);
        Map<String, Object> p = props(EN_DEC, EnDecIds.AES_128_CBC, 1L, null);
        Fakes.bind(registry, EN_DEC, aes, p);

        assertSame(aes, registry.find(EN_DEC, 0x01).orElseThrow());
        assertSame(aes, registry.find(EncDecAlgorithm.class, 0x01).orElseThrow());
        assertTrue(registry.has(EN_DEC, 0x01));
        assertFalse(registry.has(AUTH, 0x01), "codes are per table");
        assertEquals(List.of(new AlgorithmInfo(EN_DEC, 1, "AES-128-CBC", false, "org.example.alg", "1.2.3",
            "mvn:org.example/alg/1.2.3")), registry.list());

        Fakes.unbind(registry, EN_DEC, p);
        assertFalse(registry.has(EN_DEC, 0x01));
        assertTrue(registry.codes(EN_DEC).isEmpty());
        assertTrue(registry.list().isEmpty());
    }

    @Test
    void highestRankingWinsThenLowestServiceId() {
        SecurityAlgorithm jcaLate = algorithm(EN_DEC, 1, "AES-128-CBC (JCA, id 5)", false, null);
        SecurityAlgorithm jcaEarly = algorithm(EN_DEC, 1, "AES-128-CBC (JCA, id 3)", false, null);
        SecurityAlgorithm bc = algorithm(EN_DEC, 1, "AES-128-CBC (BC)", false, null);
        Fakes.bind(registry, EN_DEC, jcaLate, props(EN_DEC, 1, 5L, 0));
        Fakes.bind(registry, EN_DEC, jcaEarly, props(EN_DEC, 1, 3L, null));
        assertSame(jcaEarly, registry.find(EN_DEC, 1).orElseThrow(), "equal ranking: lowest service id");

        Fakes.bind(registry, EN_DEC, bc, props(EN_DEC, 1, 7L, 10));
        assertSame(bc, registry.find(EN_DEC, 1).orElseThrow(), "highest ranking");
        assertEquals(List.of("AES-128-CBC (BC)", "AES-128-CBC (JCA, id 3)", "AES-128-CBC (JCA, id 5)"),
            registry.list().stream().map(AlgorithmInfo::name).toList(), "list shows all, best first");
        assertEquals(List.of(1), List.copyOf(registry.codes(EN_DEC)));

        Fakes.unbind(registry, EN_DEC, props(EN_DEC, 1, 7L, 10));
        assertSame(jcaEarly, registry.find(EN_DEC, 1).orElseThrow());
    }

    @Test
    void rankingChangeOnUpdateIsHonoured() {
        SecurityAlgorithm a = algorithm(EN_DEC, 1, "A", false, null);
        SecurityAlgorithm b = algorithm(EN_DEC, 1, "B", false, null);
        Fakes.bind(registry, EN_DEC, a, props(EN_DEC, 1, 1L, null));
        Fakes.bind(registry, EN_DEC, b, props(EN_DEC, 1, 2L, null));
        assertSame(a, registry.find(EN_DEC, 1).orElseThrow());

        registry.updatedEncDec((EncDecAlgorithm) b, null, props(EN_DEC, 1, 2L, 5));
        assertSame(b, registry.find(EN_DEC, 1).orElseThrow());
        assertEquals(2, registry.list().size());
    }

    @Test
    void missingOrDisagreeingCodePropertyIsIgnored() {
        SecurityAlgorithm aes = algorithm(EN_DEC, 1, "AES-128-CBC", false, null);
        Fakes.bind(registry, EN_DEC, aes, props(EN_DEC, null, 1L, null));
        Fakes.bind(registry, EN_DEC, aes, props(EN_DEC, 2, 2L, null));
        Fakes.bind(registry, EN_DEC, aes, props(EN_DEC, "AES", 3L, null));
        Fakes.bind(registry, EN_DEC, aes, props(EN_DEC, -1, 4L, null));
        Fakes.bind(registry, EN_DEC, aes, props(EN_DEC, 1.0d, 5L, null));
        assertTrue(registry.list().isEmpty());

        Fakes.unbind(registry, EN_DEC, props(EN_DEC, 2, 2L, null));
        assertTrue(registry.list().isEmpty(), "unbinding an ignored service is a no-op");
    }

    @Test
    void codeMayBeLongOrString() {
        Fakes.bind(registry, EN_DEC, algorithm(EN_DEC, 0x11, "AES-128-GCM", false, null), props(EN_DEC, 0x11L, 1L, null));
        Fakes.bind(registry, AUTH, algorithm(AUTH, 0x02, "HMAC-SHA1", false, null), props(AUTH, "0x02", 2L, null));
        Fakes.bind(registry, GK, algorithm(GK, 3, "GKMP", false, null), props(GK, " 3 ", 3L, null));
        assertTrue(registry.has(EN_DEC, 0x11));
        assertTrue(registry.has(AUTH, 0x02));
        assertTrue(registry.has(GK, 3));
    }

    @Test
    void serviceThatThrowsWhileDescribingItselfIsIgnored() {
        SecurityAlgorithm broken = (SecurityAlgorithm) java.lang.reflect.Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {EncDecAlgorithm.class}, (p, m, args) -> {
                throw new IllegalStateException("broken " + m.getName());
            });
        Fakes.bind(registry, EN_DEC, broken, props(EN_DEC, 1, 1L, null));
        assertTrue(registry.list().isEmpty());
    }

    @Test
    void codesAreAscendingAndReadOnly() {
        for (int code : new int[] {0x12, 0x01, 0x04, 0x11}) {
            Fakes.bind(registry, algorithm(EN_DEC, code, "alg" + code, false, null), EN_DEC);
        }
        assertEquals(List.of(0x01, 0x04, 0x11, 0x12), List.copyOf(registry.codes(EN_DEC)));
        assertThrows(UnsupportedOperationException.class, () -> registry.codes(EN_DEC).add(0x13));
        assertThrows(UnsupportedOperationException.class, () -> registry.list().clear());
    }

    @Test
    void listIsOrderedByTypeThenCode() {
        Fakes.bind(registry, algorithm(GK, 1, "KDC", false, null), GK);
        Fakes.bind(registry, algorithm(AUTH, 3, "MD5", true, null), AUTH);
        Fakes.bind(registry, algorithm(EN_DEC, 4, "SEED", false, null), EN_DEC);
        Fakes.bind(registry, algorithm(EN_DEC, 1, "AES-128-CBC", false, null), EN_DEC);
        assertEquals(List.of("AES-128-CBC", "SEED", "MD5", "KDC"),
            registry.list().stream().map(AlgorithmInfo::name).toList());
        assertTrue(registry.list().get(2).weak());
    }

    @Test
    void oneServiceUnderTwoTypesIsTrackedPerType() {
        SecurityAlgorithm both = (SecurityAlgorithm) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {EncDecAlgorithm.class, org.rmcp.spi.mac.AuthAlgorithm.class}, (p, m, args) -> switch (m.getName()) {
                case "code" -> 9;
                case "name" -> "combo";
                case "weak" -> false;
                default -> throw new UnsupportedOperationException(m.getName());
            });
        Map<String, Object> p = props(EN_DEC, 9, 42L, null);
        p.put(AUTH.property(), 9);
        Fakes.bind(registry, EN_DEC, both, p);
        Fakes.bind(registry, AUTH, both, p);
        Fakes.unbind(registry, EN_DEC, p);
        assertFalse(registry.has(EN_DEC, 9));
        assertTrue(registry.has(AUTH, 9));
    }

    @Test
    void originHeaderWinsOverLocation() {
        var ref = Fakes.reference("org.example.seed", "2.0.0", "file:/tmp/seed.jar", "https://sm.example/repo/index.xml");
        registry.bindEncDec((EncDecAlgorithm) algorithm(EN_DEC, 4, "SEED", false, null), cast(ref), props(EN_DEC, 4, 1L, null));
        AlgorithmInfo info = registry.list().get(0);
        assertEquals("https://sm.example/repo/index.xml", info.origin());
        assertEquals("org.example.seed", info.bundle());
        assertEquals("2.0.0", info.version());
    }

    @Test
    void missingBundleStillBinds() {
        registry.bindEncDec((EncDecAlgorithm) algorithm(EN_DEC, 4, "SEED", false, null), null, props(EN_DEC, 4, 1L, null));
        assertEquals("?", registry.list().get(0).bundle());
    }

    @SuppressWarnings("unchecked")
    private static org.osgi.framework.ServiceReference<EncDecAlgorithm> cast(org.osgi.framework.ServiceReference<?> ref) {
        return (org.osgi.framework.ServiceReference<EncDecAlgorithm>) ref;
    }
}

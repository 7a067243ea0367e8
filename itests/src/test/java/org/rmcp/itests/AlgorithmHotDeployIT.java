package org.rmcp.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.AlgorithmType;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.api.alg.EnDecIds;
import org.rmcp.spi.cipher.EncDecAlgorithm;

/**
 * Issue 4: algorithm bundles are hot-deployable in a running container, the registry sees them
 * come and go at once, and the shell lists and self-tests them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AlgorithmHotDeployIT extends RmcpTestSupport {

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    private AlgorithmRegistry registry() {
        AlgorithmRegistry r = awaitService(AlgorithmRegistry.class, null);
        // the role feature brings the default algorithm set
        await().atMost(WAIT).until(() -> r.has(AlgorithmType.EN_DEC, EnDecIds.AES_128_CBC));
        return r;
    }

    @Test
    public void seedFeatureInstallsIntoTheRunningContainerAndUninstallsCleanly() throws Exception {
        AlgorithmRegistry registry = registry();
        assertFalse("SEED is not in the default set", registry.has(AlgorithmType.EN_DEC, EnDecIds.SEED));

        executeCommand("feature:install rmcp-cipher-seed");
        await().atMost(WAIT).until(() -> registry.has(AlgorithmType.EN_DEC, EnDecIds.SEED));

        // the DS component property types put the spec code on the service as an Integer
        Collection<ServiceReference<EncDecAlgorithm>> refs =
            bundleContext.getServiceReferences(EncDecAlgorithm.class, "(" + EncDecAlgorithm.PROPERTY + "=4)");
        assertEquals(1, refs.size());
        ServiceReference<EncDecAlgorithm> ref = refs.iterator().next();
        assertEquals(Integer.valueOf(EnDecIds.SEED), ref.getProperty(EncDecAlgorithm.PROPERTY));
        assertTrue(String.valueOf(ref.getProperty(AlgorithmName.PROPERTY)).startsWith("SEED"));

        String list = executeCommand("rmcp:alg-list --no-format");
        assertTrue(list, list.contains("0x04") && list.contains("org.rmcp.cipher.seed"));
        String selftest = executeCommand("rmcp:alg-selftest en_dec 0x04");
        assertTrue(selftest, selftest.contains("PASS") && selftest.contains("1 passed, 0 failed"));

        executeCommand("feature:uninstall rmcp-cipher-seed");
        await().atMost(WAIT).until(() -> !registry.has(AlgorithmType.EN_DEC, EnDecIds.SEED));
        assertFalse(executeCommand("rmcp:alg-list --no-format").contains("org.rmcp.cipher.seed"));
    }

    @Test
    public void bundleStopAndStartIsSeenAtOnceAndWeakAlgorithmsAreFlagged() throws Exception {
        AlgorithmRegistry registry = registry();
        executeCommand("feature:install rmcp-mac-md5");
        await().atMost(WAIT).until(() -> registry.has(AlgorithmType.AUTH, AuthIds.MD5));
        String list = executeCommand("rmcp:alg-list --type auth --no-format");
        String md5Row = list.lines().filter(l -> l.contains("org.rmcp.mac.md5")).findFirst().orElseThrow();
        assertTrue(md5Row, md5Row.contains("yes"));

        Bundle md5 = bundleByName("org.rmcp.mac.md5");
        md5.stop();
        await().atMost(WAIT).until(() -> !registry.has(AlgorithmType.AUTH, AuthIds.MD5));
        md5.start();
        await().atMost(WAIT).until(() -> registry.has(AlgorithmType.AUTH, AuthIds.MD5));
        executeCommand("feature:uninstall rmcp-mac-md5");
        await().atMost(WAIT).until(() -> !registry.has(AlgorithmType.AUTH, AuthIds.MD5));
    }

    @Test
    public void everyInstalledAlgorithmPassesItsKnownAnswerTestsInTheContainer() {
        registry();
        String out = executeCommand("rmcp:alg-selftest --no-format");
        assertTrue(out, out.contains(" 0 failed"));
        assertFalse(out, out.contains("FAIL\t") || out.contains("| FAIL"));
    }

    private Bundle bundleByName(String bsn) {
        for (Bundle b : bundleContext.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + bsn);
    }
}

package org.rmcp.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.karaf.features.Feature;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.rmcp.api.NodeInfo;
import org.rmcp.api.NodeRole;

/**
 * The built distribution boots with our features; the role chosen in etc/org.rmcp.node.cfg
 * installs its feature; the DS service appears and the shell command answers.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FoundationIT extends RmcpTestSupport {

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Test
    public void roleFromConfigAdminInstallsItsFeatureAndPublishesNodeInfo() throws Exception {
        NodeInfo node = awaitService(NodeInfo.class, null);
        assertEquals(NodeRole.SM, node.role());
        await().atMost(WAIT).until(node::roleFeatureInstalled);
        Feature sm = featuresService.getFeature("rmcp-sm");
        assertTrue("rmcp-sm installed", featuresService.isInstalled(sm));
        assertTrue(featuresService.isInstalled(featuresService.getFeature("rmcp-node")));
    }

    @Test
    public void nodeInfoCommandRunsThroughTheShell() {
        awaitService(NodeInfo.class, null);
        String out = executeCommand("rmcp:node-info --no-format");
        assertTrue(out, out.contains("SM"));
        assertTrue(out, out.contains("rmcp-sm"));
    }

    @Test
    public void featureListShowsOurFeaturesInstalled() {
        await().atMost(WAIT).until(() -> executeCommand("feature:list -i").contains("rmcp-sm"));
        String out = executeCommand("feature:list -i");
        assertTrue(out, out.contains("rmcp-node"));
        assertTrue(out, out.contains("rmcp-api"));
    }

    @Test
    public void exactlyOneBouncyCastleAndOneScrAtRuntime() {
        int bcprov = 0;
        int scr = 0;
        for (Bundle b : bundleContext.getBundles()) {
            if ("bcprov".equals(b.getSymbolicName())) {
                bcprov++;
                assertEquals("1.84.0", b.getVersion().toString());
            }
            if ("org.apache.felix.scr".equals(b.getSymbolicName())) {
                scr++;
                assertEquals("2.2.18", b.getVersion().toString());
            }
        }
        assertEquals(1, bcprov);
        assertEquals(1, scr);
    }

    @Test
    public void sessionCreatedFromTheShellBecomesAConfiguredSessionService() {
        awaitService(NodeInfo.class, null);
        executeCommand("rmcp:session-create --closed --session-id 0x1122334455667788 --port "
            + freePort() + " --tls psk --psk-identity itest itest-session");
        await().atMost(WAIT).until(() -> executeCommand("rmcp:session-list --no-format").contains("itest-session"));
        String list = executeCommand("rmcp:session-list --no-format");
        assertTrue(list, list.contains("1122334455667788"));
        String rotate = executeCommand("rmcp:key-rotate itest-session");
        assertTrue(rotate, rotate.contains("rotated to epoch"));
        executeCommand("rmcp:user-add itest-session alice");
        String members = executeCommand("rmcp:member-list --no-format itest-session");
        assertTrue("no member has subscribed yet: " + members, !members.contains("RMA"));
    }

    @Test
    public void smRepositoryIndexesAVendorBundleAddedFromTheShell() {
        awaitService(NodeInfo.class, null);
        // a bundle jar the distribution carries in its system/ repository
        String v = System.getProperty("project.version");
        String jar = System.getProperty("karaf.home") + "/system/org/rmcp/org.rmcp.cipher.seed/" + v
            + "/org.rmcp.cipher.seed-" + v + ".jar";
        awaitServiceNamed("org.rmcp.provisioning.BundleRepository");
        executeCommand("rmcp:repo-add " + jar);
        await().atMost(WAIT).until(() -> executeCommand("rmcp:repo-list --no-format").contains("org.rmcp.cipher.seed"));
        String row = executeCommand("rmcp:repo-list --no-format").lines()
            .filter(l -> l.contains("org.rmcp.cipher.seed")).findFirst().orElseThrow();
        assertTrue(row, row.contains("0x04"));
    }

    @Test
    public void algorithmBundleInSystemIsSignedByTheShippedSigner() throws Exception {
        Path pem = Path.of(System.getProperty("karaf.etc"), "rmcp-signers.pem");
        assertTrue(pem + " is shipped", Files.isRegularFile(pem));
        Certificate trusted;
        try (InputStream in = Files.newInputStream(pem)) {
            trusted = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        String v = System.getProperty("project.version");
        Path jar = Path.of(System.getProperty("karaf.home"), "system", "org", "rmcp", "org.rmcp.cipher.seed", v,
            "org.rmcp.cipher.seed-" + v + ".jar");
        int checked = 0;
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            for (JarEntry e : Collections.list(jf.entries())) {
                if (e.isDirectory() || e.getName().startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream in = jf.getInputStream(e)) {
                    in.transferTo(OutputStream.nullOutputStream()); // verifies the digest; signers known after
                }
                CodeSigner[] signers = e.getCodeSigners();
                assertNotNull(e.getName() + " is not signed", signers);
                for (CodeSigner signer : signers) {
                    assertEquals(e.getName(), trusted, signer.getSignerCertPath().getCertificates().get(0));
                }
                checked++;
            }
        }
        assertTrue("no class entries in " + jar, checked > 0);
    }
}

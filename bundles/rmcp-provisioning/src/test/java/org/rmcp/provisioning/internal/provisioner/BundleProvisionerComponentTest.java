package org.rmcp.provisioning.internal.provisioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.ProvisioningResult;
import org.rmcp.provisioning.TrustConfig;
import org.rmcp.provisioning.internal.Proxies;
import org.rmcp.provisioning.internal.TestPki;

/** The MA provisioner DS component: where it looks for signers, and its configured size bound. */
class BundleProvisionerComponentTest {
    @TempDir
    Path tmp;

    @Test
    void signersDefaultToKarafEtc() {
        assertEquals(Path.of("/ke", "rmcp-signers.pem"),
            BundleProvisionerComponent.signers(Proxies.context(Map.of("karaf.etc", "/ke"), tmp), ""));
        assertEquals(Path.of("/s.pem"), BundleProvisionerComponent.signers(Proxies.context(Map.of(), tmp), "/s.pem"));
    }

    @Test
    void configuredMaxSizeBoundsTheOffer() throws Exception {
        BundleProvisionerComponent c = new BundleProvisionerComponent(Proxies.context(Map.of(), tmp),
            Proxies.config(ProvisionerConfig.class, Map.of("signers", tmp.resolve("missing.pem").toString(),
                "maxSize", 10L)));
        try {
            Offer big = new Offer("a", "1.0.0", AlgorithmType.AUTH, 1, "00".repeat(32), "bundles/a.jar", 11);
            TrustConfig trust = TrustConfig.of(TestPki.clientContext(TestPki.server("127.0.0.1").cert()));
            ProvisioningResult r = c.provision(big, URI.create("https://127.0.0.1:1/"), trust).toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
            assertFalse(r.ok());
            assertTrue(r.reason().contains("exceeds maxSize 10"), r.reason());
        } finally {
            c.deactivate();
        }
    }
}

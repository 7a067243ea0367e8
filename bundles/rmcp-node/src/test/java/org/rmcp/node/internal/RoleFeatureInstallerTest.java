package org.rmcp.node.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.jupiter.api.Test;
import org.rmcp.api.NodeInfo;
import org.rmcp.api.NodeRole;

class RoleFeatureInstallerTest {
    /** A FeaturesService that knows one feature and records installs. */
    private static final class Fake {
        final List<String> installs = new ArrayList<>();
        boolean installed;
        boolean failInstall;
        final Feature feature = (Feature) Proxy.newProxyInstance(Feature.class.getClassLoader(),
            new Class<?>[] {Feature.class}, (p, m, a) -> m.getName().equals("getName") ? "rmcp-ma" : null);
        final FeaturesService service = (FeaturesService) Proxy.newProxyInstance(FeaturesService.class.getClassLoader(),
            new Class<?>[] {FeaturesService.class}, (p, m, a) -> {
                switch (m.getName()) {
                    case "getFeatures":
                        return "rmcp-ma".equals(a[0]) ? new Feature[] {feature} : new Feature[0];
                    case "isInstalled":
                        return installed;
                    case "installFeature":
                        if (failInstall) {
                            throw new IllegalStateException("resolution failed");
                        }
                        installs.add(a[0] + " " + a[1]);
                        installed = true;
                        return null;
                    default:
                        throw new UnsupportedOperationException(m.getName());
                }
            });
    }

    private static NodeInfo node(FeaturesService features) {
        NodeConfig config = (NodeConfig) Proxy.newProxyInstance(NodeConfig.class.getClassLoader(),
            new Class<?>[] {NodeConfig.class}, (p, m, a) -> switch (m.getName()) {
                case "role" -> "ma";
                case "name" -> "ma1";
                case "installRoleFeature" -> true;
                default -> throw new UnsupportedOperationException(m.getName());
            });
        return new NodeInfoComponent(features, config);
    }

    @Test
    void installsTheRoleFeatureWithoutRefreshingItsOwnBundle() {
        Fake fake = new Fake();
        NodeInfo node = node(fake.service);
        assertEquals(NodeRole.MA, node.role());
        assertFalse(node.roleFeatureInstalled());
        RoleFeatureInstaller.install(fake.service, node);
        assertEquals(List.of("rmcp-ma " + EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles)), fake.installs);
        assertTrue(node.roleFeatureInstalled());
    }

    @Test
    void leavesAnAlreadyBootedRoleFeatureAlone() {
        Fake fake = new Fake();
        fake.installed = true;
        RoleFeatureInstaller.install(fake.service, node(fake.service));
        assertTrue(fake.installs.isEmpty());
    }

    @Test
    void aFailedInstallIsLoggedNotThrown() {
        Fake fake = new Fake();
        fake.failInstall = true;
        NodeInfo node = node(fake.service);
        RoleFeatureInstaller.install(fake.service, node);
        assertFalse(node.roleFeatureInstalled());
    }
}

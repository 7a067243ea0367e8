package org.rmcp.node.internal;

import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.rmcp.api.NodeInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the role's feature ({@code rmcp-sm} / {@code rmcp-ma}) once Karaf's boot features
 * are in ({@link BootFinished}: an install racing the boot install is silently undone), off the
 * SCR thread and without refreshing our own bundle mid-way.
 */
@Component(configurationPid = NodeInfo.PID, immediate = true)
public final class RoleFeatureInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(RoleFeatureInstaller.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "rmcp-role-installer"));

    @Activate
    public RoleFeatureInstaller(@Reference BootFinished boot, @Reference FeaturesService features,
                                @Reference NodeInfo node, NodeConfig config) {
        if (config.installRoleFeature()) {
            executor.execute(() -> install(features, node));
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdown();
    }

    static void install(FeaturesService features, NodeInfo node) {
        String feature = node.role().featureName();
        try {
            if (!node.roleFeatureInstalled()) {
                LOG.info("Node {} has role {}: installing feature {}", node.name(), node.role(), feature);
                features.installFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
                LOG.info("Node {}: feature {} installed", node.name(), feature);
            }
        } catch (Exception e) {
            LOG.error("Node {}: could not install feature {}: {}", node.name(), feature, e.toString());
        }
    }
}

package org.rmcp.node.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.rmcp.api.NodeInfo;
import org.rmcp.api.NodeRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link NodeInfo} from {@code etc/org.rmcp.node.cfg} and installs the role's feature
 * off the activation thread (Karaf's FeaturesService must not be driven from an SCR callback).
 */
@Component(configurationPid = NodeInfo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = NodeConfig.class)
public final class NodeInfoComponent implements NodeInfo {
    private static final Logger LOG = LoggerFactory.getLogger(NodeInfoComponent.class);

    private final FeaturesService features;
    private final String name;
    private final NodeRole role;
    private final ExecutorService installer;

    @Activate
    public NodeInfoComponent(@Reference FeaturesService features, NodeConfig config) {
        this.features = features;
        this.role = NodeRole.parse(config.role());
        this.name = config.name().isBlank() ? "rmcp" : config.name().trim();
        this.installer = Executors.newSingleThreadExecutor(r -> new Thread(r, "rmcp-role-installer"));
        if (config.installRoleFeature()) {
            installer.execute(this::installRoleFeature);
        }
    }

    @Deactivate
    void deactivate() {
        installer.shutdownNow();
    }

    private void installRoleFeature() {
        String feature = role.featureName();
        try {
            if (!roleFeatureInstalled()) {
                LOG.info("Node {} has role {}: installing feature {}", name, role, feature);
                features.installFeature(feature);
            }
        } catch (Exception e) {
            LOG.error("Node {}: could not install feature {}: {}", name, feature, e.toString());
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public NodeRole role() {
        return role;
    }

    @Override
    public boolean roleFeatureInstalled() {
        try {
            return features.getFeatures(role.featureName()).length > 0
                && features.isInstalled(features.getFeatures(role.featureName())[0]);
        } catch (Exception e) {
            return false;
        }
    }
}

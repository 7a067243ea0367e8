package org.rmcp.node.internal;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.rmcp.api.NodeInfo;
import org.rmcp.api.NodeRole;

/** Publishes {@link NodeInfo} from {@code etc/org.rmcp.node.cfg}. */
@Component(configurationPid = NodeInfo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = NodeConfig.class)
public final class NodeInfoComponent implements NodeInfo {
    private final FeaturesService features;
    private final String name;
    private final NodeRole role;

    @Activate
    public NodeInfoComponent(@Reference FeaturesService features, NodeConfig config) {
        this.features = features;
        this.role = NodeRole.parse(config.role());
        this.name = config.name().isBlank() ? "rmcp" : config.name().trim();
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
        return installed(features, role.featureName());
    }

    static boolean installed(FeaturesService features, String name) {
        try {
            for (Feature f : features.getFeatures(name)) {
                if (features.isInstalled(f)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}

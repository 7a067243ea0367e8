package org.rmcp.provisioning.internal.repository;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.rmcp.api.AlgorithmType;
import org.rmcp.provisioning.BundleRepository;
import org.rmcp.provisioning.Offer;
import org.rmcp.provisioning.RepositoryBundle;
import org.rmcp.provisioning.RepositoryEndpoint;
import org.rmcp.provisioning.ServerTls;
import org.rmcp.provisioning.internal.server.RepositoryServer;

/**
 * {@link BundleRepository} over {@link DirectoryRepository} (SM side of SECALGREQ, X.603.1 Amd.1
 * 11.2.7). Active only with its PID, which the SM feature ships: an MA needs neither it nor bndlib.
 */
@Component(configurationPid = BundleRepository.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RepositoryConfig.class)
public final class BundleRepositoryComponent implements BundleRepository {
    private final DirectoryRepository repository;
    private final Set<RepositoryEndpoint> endpoints = ConcurrentHashMap.newKeySet();

    @Activate
    public BundleRepositoryComponent(BundleContext context, RepositoryConfig config) throws IOException {
        this.repository = new DirectoryRepository(directory(context, config.dir()));
    }

    static Path directory(BundleContext context, String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String data = context.getProperty("karaf.data");
        return data != null ? Path.of(data, "rmcp-repository") : context.getDataFile("rmcp-repository").toPath();
    }

    @Deactivate
    void deactivate() {
        List.copyOf(endpoints).forEach(RepositoryEndpoint::close);
    }

    @Override
    public List<RepositoryBundle> list() {
        return repository.list();
    }

    @Override
    public Optional<Offer> find(AlgorithmType type, int code) {
        return repository.find(type, code);
    }

    @Override
    public RepositoryBundle add(Path jar) throws IOException {
        return repository.add(jar);
    }

    @Override
    public RepositoryEndpoint serve(InetSocketAddress bind, ServerTls tls) throws IOException {
        RepositoryServer server = RepositoryServer.start(repository, bind, tls);
        RepositoryEndpoint tracked = new RepositoryEndpoint() {
            @Override
            public URI base() {
                return server.base();
            }

            @Override
            public void close() {
                endpoints.remove(this);
                server.close();
            }
        };
        endpoints.add(tracked);
        return tracked;
    }
}

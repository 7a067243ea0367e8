package org.rmcp.alg.registry.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmListener;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.AlgorithmType;
import org.rmcp.spi.SecurityAlgorithm;
import org.rmcp.spi.auth.MembershipAuth;
import org.rmcp.spi.cipher.EncDecAlgorithm;
import org.rmcp.spi.gk.GkMechanism;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * {@link AlgorithmRegistry} over every algorithm service of the four tables of X.603.1 Amd.1
 * Table 10 (EN_DEC_ID, AUTH_ID, GK_NAME, AUTH_NAME), so SECLIST checks (clause 10.1.4) and
 * SECAGREQ capabilities (clause 11.2.5) reflect what is installed now.
 */
@Component(service = AlgorithmRegistry.class, immediate = true)
public final class AlgorithmRegistryComponent implements AlgorithmRegistry {
    private final AlgorithmTable table = new AlgorithmTable();
    private final ChangeNotifier notifier = new ChangeNotifier();

    @Override
    public Set<Integer> codes(AlgorithmType type) {
        return table.codes(type);
    }

    @Override
    public Optional<SecurityAlgorithm> find(AlgorithmType type, int code) {
        return table.best(type, code).map(RegisteredAlgorithm::service);
    }

    @Override
    public List<AlgorithmInfo> list() {
        return table.list();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindEncDec", updated = "updatedEncDec")
    void bindEncDec(EncDecAlgorithm alg, ServiceReference<EncDecAlgorithm> ref, Map<String, Object> props) {
        bind(AlgorithmType.EN_DEC, alg, ref, props);
    }

    void updatedEncDec(EncDecAlgorithm alg, ServiceReference<EncDecAlgorithm> ref, Map<String, Object> props) {
        bind(AlgorithmType.EN_DEC, alg, ref, props);
    }

    void unbindEncDec(Map<String, Object> props) {
        unbind(AlgorithmType.EN_DEC, props);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindAuth", updated = "updatedAuth")
    void bindAuth(AuthAlgorithm alg, ServiceReference<AuthAlgorithm> ref, Map<String, Object> props) {
        bind(AlgorithmType.AUTH, alg, ref, props);
    }

    void updatedAuth(AuthAlgorithm alg, ServiceReference<AuthAlgorithm> ref, Map<String, Object> props) {
        bind(AlgorithmType.AUTH, alg, ref, props);
    }

    void unbindAuth(Map<String, Object> props) {
        unbind(AlgorithmType.AUTH, props);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindGk", updated = "updatedGk")
    void bindGk(GkMechanism alg, ServiceReference<GkMechanism> ref, Map<String, Object> props) {
        bind(AlgorithmType.GK, alg, ref, props);
    }

    void updatedGk(GkMechanism alg, ServiceReference<GkMechanism> ref, Map<String, Object> props) {
        bind(AlgorithmType.GK, alg, ref, props);
    }

    void unbindGk(Map<String, Object> props) {
        unbind(AlgorithmType.GK, props);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindMemAuth", updated = "updatedMemAuth")
    void bindMemAuth(MembershipAuth alg, ServiceReference<MembershipAuth> ref, Map<String, Object> props) {
        bind(AlgorithmType.MEM_AUTH, alg, ref, props);
    }

    void updatedMemAuth(MembershipAuth alg, ServiceReference<MembershipAuth> ref, Map<String, Object> props) {
        bind(AlgorithmType.MEM_AUTH, alg, ref, props);
    }

    void unbindMemAuth(Map<String, Object> props) {
        unbind(AlgorithmType.MEM_AUTH, props);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY, unbind = "removeListener")
    void addListener(AlgorithmListener listener) {
        notifier.addListener(listener);
    }

    void removeListener(AlgorithmListener listener) {
        notifier.removeListener(listener);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetEventAdmin")
    void setEventAdmin(EventAdmin eventAdmin) {
        notifier.setEventAdmin(eventAdmin);
    }

    void unsetEventAdmin(EventAdmin eventAdmin) {
        notifier.unsetEventAdmin(eventAdmin);
    }

    /**
     * Adds a service, or re-reads it after a property change: listeners hear of a change only
     * when what {@code list()} shows for it changed (a ranking change alone is silent).
     */
    private void bind(AlgorithmType type, SecurityAlgorithm alg, ServiceReference<?> ref, Map<String, Object> props) {
        Optional<RegisteredAlgorithm> entry = ServiceEntries.create(type, alg, ref, props);
        Optional<RegisteredAlgorithm> old = entry.isPresent()
            ? table.put(entry.get())
            : table.remove(type, serviceId(props));
        AlgorithmInfo before = old.map(RegisteredAlgorithm::info).orElse(null);
        AlgorithmInfo after = entry.map(RegisteredAlgorithm::info).orElse(null);
        if (before != null && !before.equals(after)) {
            notifier.removed(before);
        }
        if (after != null && !after.equals(before)) {
            notifier.added(after);
        }
    }

    private void unbind(AlgorithmType type, Map<String, Object> props) {
        table.remove(type, serviceId(props)).ifPresent(r -> notifier.removed(r.info()));
    }

    private static long serviceId(Map<String, Object> props) {
        Object id = props.get(Constants.SERVICE_ID);
        return id instanceof Number ? ((Number) id).longValue() : -1L;
    }
}

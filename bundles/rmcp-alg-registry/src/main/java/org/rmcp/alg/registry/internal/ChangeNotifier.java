package org.rmcp.alg.registry.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whiteboard {@link AlgorithmListener}s and EventAdmin that an algorithm came or went,
 * and logs it. A listener that throws is logged and skipped; the others are still told.
 * Thread-safe.
 */
final class ChangeNotifier {
    /** Event property: the {@link org.rmcp.api.AlgorithmType} name, e.g. {@code EN_DEC}. */
    static final String PROP_TYPE = "type";
    /** Event property: the code, an {@code Integer}. */
    static final String PROP_CODE = "code";
    /** Event property: the algorithm's human name. */
    static final String PROP_NAME = "name";
    /** Event property: symbolic name of the registering bundle. */
    static final String PROP_BUNDLE = "bundle";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifier.class);

    private final List<AlgorithmListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<EventAdmin> eventAdmin = new AtomicReference<>();

    void addListener(AlgorithmListener l) {
        listeners.add(l);
    }

    void removeListener(AlgorithmListener l) {
        listeners.remove(l);
    }

    void setEventAdmin(EventAdmin ea) {
        eventAdmin.set(ea);
    }

    /** Clears the EventAdmin only if it is still {@code ea} (a replacement may have bound first). */
    void unsetEventAdmin(EventAdmin ea) {
        eventAdmin.compareAndSet(ea, null);
    }

    void added(AlgorithmInfo info) {
        LOG.info("RMCP-2 algorithm added: {} {} {}{} from {}", info.type(), hex(info.code()), info.name(),
            info.weak() ? " (weak)" : "", info.bundle());
        notify(info, AlgorithmListener::added, AlgorithmListener.TOPIC_ADDED);
    }

    void removed(AlgorithmInfo info) {
        LOG.info("RMCP-2 algorithm removed: {} {} {} from {}", info.type(), hex(info.code()), info.name(),
            info.bundle());
        notify(info, AlgorithmListener::removed, AlgorithmListener.TOPIC_REMOVED);
    }

    private void notify(AlgorithmInfo info, BiConsumer<AlgorithmListener, AlgorithmInfo> call, String topic) {
        for (AlgorithmListener l : listeners) {
            try {
                call.accept(l, info);
            } catch (RuntimeException e) {
                LOG.warn("AlgorithmListener {} failed on {} {}", l.getClass().getName(), hex(info.code()), info.name(), e);
            }
        }
        EventAdmin ea = eventAdmin.get();
        if (ea != null) {
            try {
                ea.postEvent(new Event(topic, Map.of(PROP_TYPE, info.type().name(), PROP_CODE, info.code(),
                    PROP_NAME, info.name(), PROP_BUNDLE, info.bundle())));
            } catch (RuntimeException e) {
                LOG.warn("Could not post {} for {}: {}", topic, info.name(), e.toString());
            }
        }
    }

    private static String hex(int code) {
        return String.format("0x%02X", code);
    }
}

package org.rmcp.alg.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.alg.registry.internal.Fakes.algorithm;
import static org.rmcp.alg.registry.internal.Fakes.props;
import static org.rmcp.api.AlgorithmType.AUTH;
import static org.rmcp.api.AlgorithmType.EN_DEC;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmListener;

/** Whiteboard listeners and EventAdmin events on add/remove. */
class ListenerNotificationTest {
    private final AlgorithmRegistryComponent registry = new AlgorithmRegistryComponent();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();

    private final AlgorithmListener recording = new AlgorithmListener() {
        @Override
        public void added(AlgorithmInfo info) {
            heard.add("+" + info.name());
        }

        @Override
        public void removed(AlgorithmInfo info) {
            heard.add("-" + info.name());
        }
    };

    private final AlgorithmListener throwing = new AlgorithmListener() {
        @Override
        public void added(AlgorithmInfo info) {
            throw new IllegalStateException("listener bug");
        }

        @Override
        public void removed(AlgorithmInfo info) {
            throw new IllegalStateException("listener bug");
        }
    };

    private final EventAdmin eventAdmin = (EventAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {EventAdmin.class}, (p, m, args) -> {
            if (m.getName().equals("postEvent")) {
                events.add((Event) args[0]);
                return null;
            }
            throw new UnsupportedOperationException(m.getName());
        });

    @Test
    void listenersHearAddAndRemoveEvenWhenAnotherThrows() {
        registry.addListener(throwing);
        registry.addListener(recording);
        Map<String, Object> p = props(AUTH, 3, 1L, null);
        Fakes.bind(registry, AUTH, algorithm(AUTH, 3, "MD5", true, null), p);
        Fakes.unbind(registry, AUTH, p);

        assertEquals(List.of("+MD5", "-MD5"), heard);
        assertTrue(registry.list().isEmpty());
    }

    @Test
    void removedListenerHearsNothing() {
        registry.addListener(recording);
        registry.removeListener(recording);
        Fakes.bind(registry, algorithm(AUTH, 3, "MD5", true, null), AUTH);
        assertTrue(heard.isEmpty());
    }

    @Test
    void ignoredServiceAndRankingChangeAreSilent() {
        registry.addListener(recording);
        Fakes.bind(registry, EN_DEC, algorithm(EN_DEC, 1, "AES", false, null), props(EN_DEC, 2, 1L, null));
        Fakes.bind(registry, EN_DEC, algorithm(EN_DEC, 1, "AES", false, null), props(EN_DEC, 1, 2L, null));
        Fakes.bind(registry, EN_DEC, algorithm(EN_DEC, 1, "AES", false, null), props(EN_DEC, 1, 2L, 9));
        assertEquals(List.of("+AES"), heard);
    }

    @Test
    void eventAdminGetsTopicAndProperties() {
        registry.setEventAdmin(eventAdmin);
        Map<String, Object> p = props(EN_DEC, 4, 1L, null);
        Fakes.bind(registry, EN_DEC, algorithm(EN_DEC, 4, "SEED", false, null), p);
        Fakes.unbind(registry, EN_DEC, p);

        assertEquals(2, events.size());
        Event added = events.get(0);
        assertEquals(AlgorithmListener.TOPIC_ADDED, added.getTopic());
        assertEquals("EN_DEC", added.getProperty("type"));
        assertEquals(4, added.getProperty("code"));
        assertEquals("SEED", added.getProperty("name"));
        assertEquals("org.example.alg", added.getProperty("bundle"));
        assertEquals(AlgorithmListener.TOPIC_REMOVED, events.get(1).getTopic());
    }

    @Test
    void unbindingAReplacedEventAdminKeepsTheNewOne() {
        EventAdmin old = (EventAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {EventAdmin.class}, (p, m, args) -> {
                throw new AssertionError("old EventAdmin used");
            });
        registry.setEventAdmin(old);
        registry.setEventAdmin(eventAdmin);
        registry.unsetEventAdmin(old);
        Fakes.bind(registry, algorithm(EN_DEC, 4, "SEED", false, null), EN_DEC);
        assertEquals(1, events.size());

        registry.unsetEventAdmin(eventAdmin);
        Fakes.bind(registry, algorithm(EN_DEC, 1, "AES", false, null), EN_DEC);
        assertEquals(1, events.size());
    }
}

package org.rmcp.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard listener told when an algorithm appears in or leaves the
 * {@link AlgorithmRegistry}. The registry also posts OSGi events on
 * {@value #TOPIC_ADDED} / {@value #TOPIC_REMOVED} when an EventAdmin is present.
 *
 * @since 1.0
 */
@ConsumerType
public interface AlgorithmListener {
    /** EventAdmin topic for an algorithm that appeared. */
    String TOPIC_ADDED = "org/rmcp/algorithm/ADDED";
    /** EventAdmin topic for an algorithm that went away. */
    String TOPIC_REMOVED = "org/rmcp/algorithm/REMOVED";

    /** An algorithm service was registered. */
    void added(AlgorithmInfo info);

    /** An algorithm service was unregistered. */
    void removed(AlgorithmInfo info);
}

package org.rmcp.sm.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.RmcpMessage;

/**
 * One secure RMCP-2 session run by this Session Manager (X.603.1 Amd.1 10.1), registered as a
 * service per configuration with {@link #NAME_PROPERTY} and {@link #ID_PROPERTY}. Every effect
 * it produces goes to the registered {@link EffectSink}s; methods do not return effects.
 *
 * <p>Thread-safe: messages, timer and operator commands are serialised per session.
 *
 * @since 1.0
 */
@ProviderType
public interface SmSession {
    /** Service property: the operator's session name (String). */
    String NAME_PROPERTY = "rmcp.sm.session.name";
    /** Service property: the 64-bit Session ID (Long). */
    String ID_PROPERTY = "rmcp.sm.session.id";

    /** @return the operator's name of the session */
    String name();

    /** @return the Session ID (7.1.1) */
    long sessionId();

    /** @return the current phase */
    SessionPhase phase();

    /** @return why the session failed, when {@link #phase()} is FAILED */
    Optional<String> failure();

    /** @return the group attribute configured by the operator (the policy may tighten it) */
    GpAttribute configuredGroupAttribute();

    /** @return the established policy, once SECLIST was chosen (10.1.3) */
    Optional<SecurityPolicy> policy();

    /** @return the member table, in admission order */
    List<MemberInfo> members();

    /** @return the current Ks generation (for the transport's Ks protection; never print it) */
    SessionKey sessionKey();

    /** @return the TLS listener settings */
    TransportSettings transport();

    /**
     * Consumes a decoded message that arrived on {@code from} (SUBSREQ, SECAGREQ, SECALGREQ,
     * SECAGANS, LEAVREQ; anything else is discarded).
     */
    void receive(Link from, RmcpMessage message);

    /** The transport or tree logic saw {@code maid} leave or get truncated: forget it (a DMA: fresh Ks). */
    void memberLeft(Maid maid, String reason);

    /**
     * Replaces Ks by a fresh random key and delivers it to the SMA and every DMA (10.1.2.1).
     *
     * @return the new generation
     */
    SessionKey rotateKey(String reason);

    /**
     * Registers service user identifiers given by the content provider (10.1.1.5).
     *
     * @return how many were new
     */
    int addServiceUsers(Collection<byte[]> ids);

    /** @return how many service user identifiers are registered */
    int serviceUserCount();
}

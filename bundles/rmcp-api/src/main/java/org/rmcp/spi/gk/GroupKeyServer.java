package org.rmcp.spi.gk;

import java.security.GeneralSecurityException;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Key-server side of a group key mechanism, one per DMA group. Called by one thread at a time
 * (the runtime serialises group events).
 *
 * @since 1.0
 */
@ConsumerType
public interface GroupKeyServer {
    /** @return the current group key Kg */
    byte[] currentKey();

    /** @return the current key epoch, incremented on every rekey */
    long epoch();

    /** A member joined (after membership authentication): what to send, to it and to others. */
    List<KeyMessage> onJoin(MemberId member) throws GeneralSecurityException;

    /** A member left or was dropped: what to send to the remaining members. */
    List<KeyMessage> onLeave(MemberId member) throws GeneralSecurityException;

    /** The periodic timer fired, or an operator asked for a rekey. */
    List<KeyMessage> rekey() throws GeneralSecurityException;

    /** A member sent a mechanism payload (for mechanisms with member-initiated messages). */
    default List<KeyMessage> onMessage(MemberId from, byte[] payload) throws GeneralSecurityException {
        return List.of();
    }
}

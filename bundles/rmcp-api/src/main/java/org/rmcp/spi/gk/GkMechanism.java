package org.rmcp.spi.gk;

import java.security.GeneralSecurityException;
import org.osgi.annotation.versioning.ConsumerType;
import org.rmcp.spi.SecurityAlgorithm;

/**
 * A group key mechanism keyed by GK_NAME (X.603.1 Amd.1 Table 20): how a DMA creates its MM
 * group's key Kg and keeps it in the members' hands across joins, leaves and periods
 * (GK_MECHA, Table 19). Registered with service property {@code rmcp.gk.name}
 * ({@link org.rmcp.api.alg.GkName}).
 *
 * <p>A mechanism runs its own message exchange: its payloads are opaque bytes that the
 * runtime carries inside KEY_MATERIAL sub-controls of RELANS (to a joining member, under
 * KMAS) and KEYDELIVER (to one member or to the whole group). The runtime encrypts and
 * authenticates; the mechanism decides what to send and to whom.
 *
 * @since 1.0
 */
@ConsumerType
public interface GkMechanism extends SecurityAlgorithm {
    /** Service property carrying the GK_NAME code. */
    String PROPERTY = "rmcp.gk.name";

    /**
     * Creates the key-server side that runs at a DMA for its group.
     *
     * @param context what the runtime offers the mechanism (randomness, key length)
     */
    GroupKeyServer newServer(GkContext context) throws GeneralSecurityException;

    /** Creates the member side that runs at an RMA (or a child DMA). */
    GroupKeyMember newMember(GkContext context) throws GeneralSecurityException;
}

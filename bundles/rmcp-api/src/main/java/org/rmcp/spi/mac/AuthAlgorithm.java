package org.rmcp.spi.mac;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import org.osgi.annotation.versioning.ConsumerType;
import org.rmcp.spi.SecurityAlgorithm;

/**
 * A hash/MAC algorithm keyed by AUTH_ID (X.603.1 Amd.1 Table 17): MACs protected control
 * messages (encrypt-then-MAC), hashes the AUTH secret, MAIDs and KTLS for ACL entries
 * (clause 11.2.11). Registered with service property {@code rmcp.auth.id}
 * ({@link org.rmcp.api.alg.AuthId}) and {@code rmcp.algorithm.name}.
 *
 * <p>Thread-safe.
 *
 * @since 1.0
 */
@ConsumerType
public interface AuthAlgorithm extends SecurityAlgorithm {
    /** Service property carrying the AUTH_ID code. */
    String PROPERTY = "rmcp.auth.id";

    /** @return the tag length in bytes */
    int macLength();

    /** @return the length in bytes of {@link #digest(ByteBuffer)} */
    int digestLength();

    /**
     * Computes the keyed tag over the remaining bytes of every {@code data} buffer, in order,
     * without moving their positions.
     */
    byte[] mac(byte[] key, ByteBuffer... data) throws GeneralSecurityException;

    /** Unkeyed hash of the algorithm's digest (SHA-1 for HMAC-SHA1, MD5 otherwise), for HASHED fields. */
    byte[] digest(ByteBuffer data);

    /** Checks {@code tag} against {@link #mac} in constant time. */
    default boolean verify(byte[] key, byte[] tag, ByteBuffer... data) throws GeneralSecurityException {
        return MessageDigest.isEqual(mac(key, data), tag);
    }
}

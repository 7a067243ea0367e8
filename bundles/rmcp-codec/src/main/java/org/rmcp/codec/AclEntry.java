package org.rmcp.codec;

import java.util.Set;

/**
 * One ACL_DATA entry, X.603.1 Amd.1 11.2.11.3: {@code HASHED MAID || HASHED KTLS} of an
 * authenticated RMA. Both digests have the agreed AUTH_ID's length (docs/spec-notes.md).
 *
 * @param hashedMaid the hashed MAID
 * @param hashedKtls the hashed KTLS
 * @since 1.0
 */
public record AclEntry(Octets hashedMaid, Octets hashedKtls) {
    /** Digest lengths accepted: MD5, SHA-1, SHA-256, SHA-384, SHA-512 (our choice, docs/spec-notes.md). */
    public static final Set<Integer> DIGEST_LENGTHS = Set.of(16, 20, 32, 48, 64);

    /** Checks both digests have the same, known, length. */
    public AclEntry {
        Checks.present("HASHED_MAID", hashedMaid);
        Checks.present("HASHED_KTLS", hashedKtls);
        if (hashedMaid.length() != hashedKtls.length() || !DIGEST_LENGTHS.contains(hashedMaid.length())) {
            throw new IllegalArgumentException("ACL digests must have one length in " + DIGEST_LENGTHS + ": "
                    + hashedMaid.length() + "/" + hashedKtls.length());
        }
    }

    /** Shows the digest length only: HASHED KTLS authenticates the RMA. */
    @Override
    public String toString() {
        return "AclEntry[" + hashedMaid.length() + "-byte digests]";
    }

    /** @return the encoded size, both digests */
    public int encodedLength() {
        return 2 * hashedMaid.length();
    }
}

package org.rmcp.content.internal;

import org.rmcp.alg.support.kdf.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Arrays;
import org.rmcp.content.ContentKey;
import org.rmcp.content.ContentSuite;

/**
 * The keys derived from one Kc generation (X.603.1 Amd.1 10.2.1.2) by the schedule of
 * {@link ContentSuite}: the cipher key and, for encrypt-then-MAC, the MAC key.
 */
final class EpochKeys {
    private static final byte[] ENC = ContentSuite.ENC_LABEL.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAC = ContentSuite.MAC_LABEL.getBytes(StandardCharsets.US_ASCII);

    final long epoch;
    final Key encKey;
    /** {@code null} for an AEAD suite. */
    final byte[] macKey;

    private EpochKeys(long epoch, Key encKey, byte[] macKey) {
        this.epoch = epoch;
        this.encKey = encKey;
        this.macKey = macKey;
    }

    /** @throws IllegalStateException if {@code kc} was destroyed meanwhile */
    static EpochKeys derive(ContentSuite suite, ContentKey kc) throws GeneralSecurityException {
        byte[] raw = kc.bytes();
        byte[] prk = Hkdf.extract(null, raw);
        byte[] enc = Hkdf.expand(prk, ENC, suite.cipher().keyLength());
        try {
            byte[] mac = suite.aead() ? null : Hkdf.expand(prk, MAC, ContentSuite.MAC_KEY_LENGTH);
            return new EpochKeys(kc.epoch(), suite.cipher().key(enc), mac);
        } finally {
            Arrays.fill(raw, (byte) 0);
            Arrays.fill(prk, (byte) 0);
            Arrays.fill(enc, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "EpochKeys[epoch=" + epoch + "]";
    }
}

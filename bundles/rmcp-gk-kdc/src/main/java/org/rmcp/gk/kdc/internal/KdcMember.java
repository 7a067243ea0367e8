package org.rmcp.gk.kdc.internal;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import org.rmcp.spi.gk.GroupKeyMember;

/**
 * KDC member at an RMA (X.603.1 Amd.1 clause 10.2.1.1): takes Kg from RELANS or KEYDELIVER
 * payloads ({@link KdcPayload}) and keeps the newest. A payload whose epoch is not newer than the
 * one held is refused as a replay or rollback and the held key stays. Sends nothing back.
 * Thread-safe.
 */
final class KdcMember implements GroupKeyMember {
    private final int keyLength;
    private byte[] key;
    private long epoch = -1;

    KdcMember(int keyLength) {
        this.keyLength = keyLength;
    }

    @Override
    public synchronized List<byte[]> onMessage(byte[] payload) throws GeneralSecurityException {
        KdcPayload.Decoded d = KdcPayload.decode(payload, keyLength);
        if (d.epoch() <= epoch) {
            Arrays.fill(d.kg(), (byte) 0);
            throw KdcPayload.malformed("epoch", d.epoch() + " is not newer than the held epoch " + epoch
                + " (replay or rollback); the held key is kept");
        }
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
        key = d.kg();
        epoch = d.epoch();
        return List.of();
    }

    @Override
    public synchronized byte[] currentKey() {
        return key == null ? null : key.clone();
    }

    @Override
    public synchronized long epoch() {
        return epoch;
    }

    @Override
    public synchronized String toString() {
        return "KDC member[epoch=" + epoch + "]";
    }
}

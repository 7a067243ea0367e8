package org.rmcp.gk.kdc.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import org.rmcp.spi.gk.GkContext;

/**
 * GK_MECHA (X.603.1 Amd.1 clause 12, Table 19) as the KDC reads it: bit 0x01 PERIODIC, bit 0x02
 * BACKWARD = "updated whenever any member leaves the group", bit 0x04 FORWARD = "updated whenever
 * any member joins the group"; 0x00 STATIC. The table's words are kept although RFC 4046 clause
 * 5.6 names the two the other way round (docs/spec-notes.md). Our own copy of the bits because an
 * algorithm bundle imports only rmcp-api, not the codec's {@code GkMecha}.
 *
 * @param code the GK_MECHA code, 0x00 to 0x07
 */
record RekeyPolicy(int code) {
    static final int PERIODIC = 0x01;
    static final int BACKWARD = 0x02;
    static final int FORWARD = 0x04;

    /** @throws InvalidAlgorithmParameterException when Table 19 has no such code */
    static RekeyPolicy of(int code) throws InvalidAlgorithmParameterException {
        if ((code & ~(PERIODIC | BACKWARD | FORWARD)) != 0) {
            throw new InvalidAlgorithmParameterException(String.format("KDC: GK_MECHA 0x%02x is not in Table 19", code));
        }
        return new RekeyPolicy(code);
    }

    /** @return the context's key length, checked to be 1 to {@link KdcPayload#MAX_KEY_LENGTH} bytes */
    static int keyLength(GkContext context) throws GeneralSecurityException {
        int n = context.keyLength();
        if (n < 1 || n > KdcPayload.MAX_KEY_LENGTH) {
            throw new InvalidAlgorithmParameterException("KDC: key length " + n + " is outside 1-" + KdcPayload.MAX_KEY_LENGTH);
        }
        return n;
    }

    /** @return whether Kg changes when a member joins (FORWARD) */
    boolean onJoin() {
        return (code & FORWARD) != 0;
    }

    /** @return whether Kg changes when a member leaves (BACKWARD) */
    boolean onLeave() {
        return (code & BACKWARD) != 0;
    }

    @Override
    public String toString() {
        return String.format("0x%02x", code);
    }
}

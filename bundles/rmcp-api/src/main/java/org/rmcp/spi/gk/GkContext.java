package org.rmcp.spi.gk;

import java.security.SecureRandom;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the runtime gives a group key mechanism: randomness, the length of Kg for the agreed
 * GK_EN_DEC_ID, and the agreed GK_MECHA (Table 19).
 *
 * @since 1.0
 */
@ProviderType
public interface GkContext {
    /** @return the source of key material */
    SecureRandom random();

    /** @return the length in bytes of Kg (the key length of GK_EN_DEC_ID) */
    int keyLength();

    /** @return the GK_MECHA code of the session's policy (Table 19) */
    int gkMecha();
}

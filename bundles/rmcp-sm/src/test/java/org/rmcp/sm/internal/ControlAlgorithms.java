package org.rmcp.sm.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rmcp.api.AlgorithmInfo;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.AlgorithmType;
import org.rmcp.cipher.aescbc.internal.AesCbcAlgorithm;
import org.rmcp.mac.hmacsha1.internal.HmacSha1Algorithm;
import org.rmcp.spi.SecurityAlgorithm;
import org.rmcp.transport.ControlSuite;

/** The real control-message algorithms (the AES-CBC and HMAC-SHA1 bundles' classes) as a registry and a suite. */
public final class ControlAlgorithms implements AlgorithmRegistry {
    /** The suite both ends of a test channel use. */
    public static final ControlSuite SUITE = new ControlSuite(new AesCbcAlgorithm(), new HmacSha1Algorithm());

    @Override
    public Set<Integer> codes(AlgorithmType type) {
        return type == AlgorithmType.EN_DEC ? Set.of(ControlSuite.EN_DEC_ID)
            : type == AlgorithmType.AUTH ? Set.of(ControlSuite.AUTH_ID) : Set.of();
    }

    @Override
    public Optional<SecurityAlgorithm> find(AlgorithmType type, int code) {
        if (type == AlgorithmType.EN_DEC && code == ControlSuite.EN_DEC_ID) {
            return Optional.of(new AesCbcAlgorithm());
        }
        if (type == AlgorithmType.AUTH && code == ControlSuite.AUTH_ID) {
            return Optional.of(new HmacSha1Algorithm());
        }
        return Optional.empty();
    }

    @Override
    public List<AlgorithmInfo> list() {
        return List.of();
    }
}

package org.rmcp.ma.internal.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rmcp.api.AlgorithmRegistry;
import org.rmcp.api.AlgorithmType;
import org.rmcp.codec.AuthAlgCapab;
import org.rmcp.codec.EnDecCapab;
import org.rmcp.codec.GkMechCapab;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.SecAgReq;

/**
 * Builds SECAGREQ (X.603.1 Amd.1 11.2.5) from what the container runs now: the SMA sends
 * SMA_PROPOSE and its capabilities, a DMA its capabilities; an RMA sends neither (11.2.5.1 g, the
 * codec refuses *_CAPAB from an RMA). PREFER comes from the configuration, else the range's
 * lowest rank. Codes outside an open table's 0x01-0xFF are skipped.
 */
final class CapabilityRequest {
    private CapabilityRequest() {
    }

    static SecAgReq build(MaConfig c, AlgorithmRegistry registry) {
        List<GkMechCapab> gk = new ArrayList<>();
        List<EnDecCapab> en = new ArrayList<>();
        List<AuthAlgCapab> auth = new ArrayList<>();
        if (c.role() != NodeType.RMA) {
            for (int code : codes(registry, AlgorithmType.GK)) {
                gk.add(new GkMechCapab(code, prefer(c.gkPrefer(), code, GkMechCapab.MAX_PREFER)));
            }
            for (int code : codes(registry, AlgorithmType.EN_DEC)) {
                en.add(new EnDecCapab(code, prefer(c.enDecPrefer(), code, EnDecCapab.MAX_PREFER)));
            }
            for (int code : codes(registry, AlgorithmType.AUTH)) {
                auth.add(new AuthAlgCapab(code, prefer(c.authPrefer(), code, AuthAlgCapab.MAX_PREFER)));
            }
        }
        return new SecAgReq(c.role(), c.sessionId(), c.maid(), c.proposal(), gk, en, auth);
    }

    private static List<Integer> codes(AlgorithmRegistry registry, AlgorithmType type) {
        List<Integer> out = new ArrayList<>();
        for (int code : registry.codes(type)) {
            if (code >= 0x01 && code <= 0xFF) {
                out.add(code);
            }
        }
        out.sort(null);
        return out;
    }

    private static int prefer(Map<Integer, Integer> ranks, int code, int max) {
        return ranks.getOrDefault(code, max);
    }
}

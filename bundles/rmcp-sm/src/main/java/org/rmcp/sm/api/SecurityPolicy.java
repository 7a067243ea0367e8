package org.rmcp.sm.api;

import java.util.Objects;
import org.rmcp.codec.AuthAlg;
import org.rmcp.codec.AuthAttribute;
import org.rmcp.codec.AuthMech;
import org.rmcp.codec.ConEnDecAlg;
import org.rmcp.codec.GkEnDecAlg;
import org.rmcp.codec.GkMech;
import org.rmcp.codec.GkMecha;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.Maid;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.SecList;

/**
 * A session's security policy, X.603.1 Amd.1 10.1.3 and Table 10: the selected attribute of
 * every policy item, as SECLIST (11.2.6) carries it.
 *
 * @param gpAttribute GP_ATTRIBUTE (Table 18)
 * @param gkMecha GK_MECHA (Table 19)
 * @param gkName GK_NAME (Table 20)
 * @param authAttribute AUTH_ATTRIBUTE (Table 21)
 * @param authName AUTH_NAME (Table 22)
 * @param conEnDecId CON_EN_DEC_ID (Table 16)
 * @param gkEnDecId GK_EN_DEC_ID (Table 16)
 * @param authId AUTH_ID (Table 17)
 * @since 1.0
 */
public record SecurityPolicy(GpAttribute gpAttribute, GkMecha gkMecha, int gkName, AuthAttribute authAttribute,
        int authName, int conEnDecId, int gkEnDecId, int authId) {
    /** Checks the enumerated items are present (codes are checked when a SECLIST is built). */
    public SecurityPolicy {
        Objects.requireNonNull(gpAttribute, "gpAttribute");
        Objects.requireNonNull(gkMecha, "gkMecha");
        Objects.requireNonNull(authAttribute, "authAttribute");
    }

    /**
     * @param sessionId the session
     * @param recipient the MAID of the SECLIST recipient (11.2.6.1 f)
     * @return the SECLIST carrying this policy
     */
    public SecList toSecList(long sessionId, Maid recipient) {
        return new SecList(NodeType.SM, sessionId, recipient, new GkMech(gpAttribute, gkMecha, gkName),
            new AuthMech(authAttribute, authName), new ConEnDecAlg(conEnDecId), new GkEnDecAlg(gkEnDecId),
            new AuthAlg(authId));
    }
}

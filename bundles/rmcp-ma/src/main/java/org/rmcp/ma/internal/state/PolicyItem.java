package org.rmcp.ma.internal.state;

import java.util.ArrayList;
import java.util.List;
import org.rmcp.api.AlgorithmType;
import org.rmcp.codec.AuthAlgDeliver;
import org.rmcp.codec.AuthMechDeliver;
import org.rmcp.codec.ConEnDecDeliver;
import org.rmcp.codec.GkEnDecDeliver;
import org.rmcp.codec.GkMechDeliver;
import org.rmcp.codec.SecAlgReq;
import org.rmcp.codec.SecList;

/**
 * One chosen item of SECLIST (X.603.1 Amd.1 11.2.6) with the algorithm table that runs it and
 * the *_DELIVER control of SECALGREQ (11.2.7) that asks for it.
 *
 * @param control the SECLIST control's name
 * @param type the algorithm table
 * @param code the selected code
 */
record PolicyItem(String control, AlgorithmType type, int code) {
    /** @return the five items of {@code list}: GK_NAME, AUTH_NAME, CON_EN_DEC_ID, GK_EN_DEC_ID, AUTH_ID */
    static List<PolicyItem> of(SecList list) {
        return List.of(new PolicyItem("GK_MECH", AlgorithmType.GK, list.gkMech().gkName()),
            new PolicyItem("AUTH_MECH", AlgorithmType.MEM_AUTH, list.authMech().authName()),
            new PolicyItem("CON_EN_DEC_ALG", AlgorithmType.EN_DEC, list.conEnDecAlg().conEnDecId()),
            new PolicyItem("GK_EN_DEC_ALG", AlgorithmType.EN_DEC, list.gkEnDecAlg().gkEnDecId()),
            new PolicyItem("AUTH_ALG", AlgorithmType.AUTH, list.authAlg().authId()));
    }

    /** @return SECALGREQ with the *_DELIVER control of every item in {@code missing} */
    static SecAlgReq request(MaConfig c, List<PolicyItem> missing) {
        Object[] d = new Object[5];
        for (PolicyItem i : missing) {
            switch (i.control) {
                case "GK_MECH":
                    d[0] = new GkMechDeliver(i.code);
                    break;
                case "AUTH_MECH":
                    d[1] = new AuthMechDeliver(i.code);
                    break;
                case "CON_EN_DEC_ALG":
                    d[2] = new ConEnDecDeliver(i.code);
                    break;
                case "GK_EN_DEC_ALG":
                    d[3] = new GkEnDecDeliver(i.code);
                    break;
                default:
                    d[4] = new AuthAlgDeliver(i.code);
            }
        }
        return new SecAlgReq(c.role(), c.sessionId(), c.maid(), (GkMechDeliver) d[0], (AuthMechDeliver) d[1],
            (ConEnDecDeliver) d[2], (GkEnDecDeliver) d[3], (AuthAlgDeliver) d[4]);
    }

    /** @return the items of {@code items} whose code the container does not run now */
    static List<PolicyItem> missing(List<PolicyItem> items, org.rmcp.api.AlgorithmRegistry registry) {
        List<PolicyItem> out = new ArrayList<>();
        for (PolicyItem i : items) {
            if (!registry.has(i.type, i.code)) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format("%s 0x%02X (%s)", control, code, type);
    }
}

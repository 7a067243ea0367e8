package org.rmcp.codec;

/** Dispatches a control body (after its type byte) to the record that reads it. */
final class ControlDecoder {
    private ControlDecoder() {
    }

    static Control decode(ControlType type, WireReader r) {
        switch (type) {
            case RESULT:
                return Result.decode(r);
            case TIMESTAMP:
                return Timestamp.decode(r);
            case TREE_INFO:
                return TreeInfo.decode(r);
            case MAID_LIST:
                return MaidList.decode(r);
            case MCAST_ADDR:
                return McastAddr.decode(r);
            case HASHED_AUTH:
                return HashedAuth.decode(r);
            case HASHED_KTLS:
                return HashedKtls.decode(r);
            case MEM_AUTH_DATA:
                return MemAuthData.decode(r);
            case SMA_PROPOSE:
                return SmaPropose.decode(r);
            case GK_MECH_CAPAB:
                return GkMechCapab.decode(r);
            case EN_DEC_CAPAB:
                return EnDecCapab.decode(r);
            case AUTH_ALG_CAPAB:
                return AuthAlgCapab.decode(r);
            case GK_MECH:
                return GkMech.decode(r);
            case AUTH_MECH:
                return AuthMech.decode(r);
            case CON_EN_DEC_ALG:
                return ConEnDecAlg.decode(r);
            case GK_EN_DEC_ALG:
                return GkEnDecAlg.decode(r);
            case AUTH_ALG:
                return AuthAlg.decode(r);
            case GK_MECH_DELIVER:
                return GkMechDeliver.decode(r);
            case AUTH_MECH_DELIVER:
                return AuthMechDeliver.decode(r);
            case CON_EN_DEC_DELIVER:
                return ConEnDecDeliver.decode(r);
            case GK_EN_DEC_DELIVER:
                return GkEnDecDeliver.decode(r);
            case AUTH_ALG_DELIVER:
                return AuthAlgDeliver.decode(r);
            case SEC_RETURN:
                return SecReturn.decode(r);
            case KEY_INFO:
                return KeyInfo.decode(r);
            case ACL_LIST:
                return AclList.decode(r);
            case SERV_USER_IDENT:
                return ServUserIdent.decode(r);
            case AUTH:
                return Auth.decode(r);
            case AUTH_ANS:
                return AuthAns.decode(r);
            default:
                throw new IllegalStateException("no decoder for " + type);
        }
    }
}

package org.rmcp.gk.kdc.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.GkName;
import org.rmcp.api.alg.GkNames;
import org.rmcp.spi.gk.GkContext;
import org.rmcp.spi.gk.GkMechanism;
import org.rmcp.spi.gk.GroupKeyMember;
import org.rmcp.spi.gk.GroupKeyServer;
import org.rmcp.spi.gk.KeyMessage;
import org.rmcp.spi.gk.MemberId;

/**
 * GK_NAME 0x01, KDC (X.603.1 Amd.1 Table 20, after RFC 2094): the DMA is its MM group's key
 * distribution centre ({@link KdcServer}), RMAs take Kg from it ({@link KdcMember}); the rekey
 * rules are GK_MECHA's (Table 19, {@link RekeyPolicy}), the payload is ours
 * ({@code package-info.java}).
 */
@Component(service = GkMechanism.class)
@GkName(GkNames.KDC)
@AlgorithmName(KdcMechanism.NAME)
public final class KdcMechanism implements GkMechanism {
    static final String NAME = "KDC";
    /** Seed of the self test's {@link FixedRandom}. */
    private static final long SELF_TEST_SEED = 0x524d4350_2d4b4443L;

    @Override
    public int code() {
        return GkNames.KDC;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @throws java.security.InvalidAlgorithmParameterException for a GK_MECHA outside Table 19 or a bad key length */
    @Override
    public GroupKeyServer newServer(GkContext context) throws GeneralSecurityException {
        return new KdcServer(context);
    }

    /** @throws java.security.InvalidAlgorithmParameterException for a GK_MECHA outside Table 19 or a bad key length */
    @Override
    public GroupKeyMember newMember(GkContext context) throws GeneralSecurityException {
        RekeyPolicy.of(context.gkMecha());
        return new KdcMember(RekeyPolicy.keyLength(context));
    }

    /**
     * No published vectors exist for KDC, so this is a round trip under GK_MECHA 0x07 with a
     * seeded {@link FixedRandom}: Kg is drawn from the context's randomness, two members follow
     * joins and a leave, the leaver gets nothing after it left, and a replayed payload is refused.
     */
    @Override
    public void selfTest() throws GeneralSecurityException {
        try {
            GkContext context = context(new FixedRandom(SELF_TEST_SEED));
            GroupKeyServer server = newServer(context);
            byte[] expected = new byte[16];
            new FixedRandom(SELF_TEST_SEED).nextBytes(expected);
            check(MessageDigest.isEqual(expected, server.currentKey()), "Kg at epoch 0 is not from the context's randomness");
            MemberId a = new MemberId(1);
            MemberId b = new MemberId(2);
            GroupKeyMember ma = newMember(context);
            GroupKeyMember mb = newMember(context);
            List<KeyMessage> joinA = server.onJoin(a);
            deliver(joinA, a, ma);
            List<KeyMessage> joinB = server.onJoin(b);
            deliver(joinB, a, ma);
            deliver(joinB, b, mb);
            check(server.epoch() == 2 && ma.epoch() == 2 && mb.epoch() == 2, "epochs after two joins");
            check(MessageDigest.isEqual(server.currentKey(), ma.currentKey())
                && MessageDigest.isEqual(server.currentKey(), mb.currentKey()), "members disagree with the server after the joins");
            for (KeyMessage m : server.onLeave(a)) {
                check(b.equals(m.to()), "a rekey after a leave went to the leaver or the group");
                mb.onMessage(m.payload());
            }
            check(MessageDigest.isEqual(server.currentKey(), mb.currentKey()), "the remaining member missed the rekey after a leave");
            check(!Arrays.equals(server.currentKey(), ma.currentKey()), "the leaver holds the new Kg");
            try {
                mb.onMessage(joinB.get(joinB.size() - 1).payload());
            } catch (GeneralSecurityException expectedRefusal) {
                return;
            }
            throw new GeneralSecurityException("a replayed payload was accepted");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new GeneralSecurityException("KDC self test failed: " + e.getMessage(), e);
        }
    }

    private static void deliver(List<KeyMessage> messages, MemberId who, GroupKeyMember member)
        throws GeneralSecurityException {
        for (KeyMessage m : messages) {
            if (who.equals(m.to()) || (m.toGroup() && member.epoch() >= 0)) {
                member.onMessage(m.payload());
            }
        }
    }

    private static void check(boolean ok, String what) throws GeneralSecurityException {
        if (!ok) {
            throw new GeneralSecurityException(what);
        }
    }

    private static GkContext context(SecureRandom random) {
        return new GkContext() {
            @Override
            public SecureRandom random() {
                return random;
            }

            @Override
            public int keyLength() {
                return 16;
            }

            @Override
            public int gkMecha() {
                return RekeyPolicy.PERIODIC | RekeyPolicy.BACKWARD | RekeyPolicy.FORWARD;
            }
        };
    }
}

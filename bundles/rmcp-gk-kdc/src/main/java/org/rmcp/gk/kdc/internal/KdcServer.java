package org.rmcp.gk.kdc.internal;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rmcp.spi.gk.GkContext;
import org.rmcp.spi.gk.GroupKeyServer;
import org.rmcp.spi.gk.KeyMessage;
import org.rmcp.spi.gk.MemberId;

/**
 * KDC key server at a DMA (X.603.1 Amd.1 clause 10.2.1.1, Figure 97): Kg is made at creation
 * (epoch 0) and re-made per GK_MECHA (Table 19): on join with FORWARD (clause 10.2.4), on leave
 * with BACKWARD (clause 10.2.5.1), and on every {@link #rekey()}.
 *
 * <p>Delivery. A joining member gets the current Kg alone, under its KMAS (RELANS, clause
 * 10.2.3). A new Kg after a join or {@link #rekey()} goes to the existing members as one group
 * message, which relies on the runtime encrypting it under the Kg in force <em>before</em> the
 * call (the one they hold). A new Kg after a leave goes to each remaining member under its own
 * KMAS, never to the group: the leaver holds the old Kg, and the point of the rekey is that it
 * must not learn the new one.
 *
 * <p>Our choices: a leave of a member this server does not know (never joined, or already left)
 * is a no-op, so a LEAVREQ followed by a time-out drop does no harm and needs no rekey (that
 * member never got a key from here); a join of a member already in the group is a re-join and is
 * handled as any join; {@link #rekey()} always rekeys, also under STATIC, because the runtime
 * calls it only for a PERIODIC timer or an operator's explicit request; a group message to an
 * empty group is left out. Old keys are wiped when replaced. Thread-safe.
 */
final class KdcServer implements GroupKeyServer {
    private final GkContext context;
    private final int keyLength;
    private final RekeyPolicy policy;
    private final Set<MemberId> members = new LinkedHashSet<>();
    private byte[] key;
    private long epoch;

    KdcServer(GkContext context) throws GeneralSecurityException {
        this.context = context;
        this.keyLength = RekeyPolicy.keyLength(context);
        this.policy = RekeyPolicy.of(context.gkMecha());
        this.key = fresh();
    }

    @Override
    public synchronized byte[] currentKey() {
        return key.clone();
    }

    @Override
    public synchronized long epoch() {
        return epoch;
    }

    @Override
    public synchronized List<KeyMessage> onJoin(MemberId member) throws GeneralSecurityException {
        Objects.requireNonNull(member, "member");
        List<KeyMessage> out = new ArrayList<>(2);
        members.remove(member);
        if (policy.onJoin()) {
            newKey();
            if (!members.isEmpty()) {
                out.add(new KeyMessage(null, payload()));
            }
        }
        members.add(member);
        out.add(new KeyMessage(member, payload()));
        return List.copyOf(out);
    }

    @Override
    public synchronized List<KeyMessage> onLeave(MemberId member) throws GeneralSecurityException {
        Objects.requireNonNull(member, "member");
        if (!members.remove(member) || !policy.onLeave()) {
            return List.of();
        }
        newKey();
        List<KeyMessage> out = new ArrayList<>(members.size());
        for (MemberId m : members) {
            out.add(new KeyMessage(m, payload()));
        }
        return List.copyOf(out);
    }

    @Override
    public synchronized List<KeyMessage> rekey() throws GeneralSecurityException {
        newKey();
        return members.isEmpty() ? List.of() : List.of(new KeyMessage(null, payload()));
    }

    /** @return the members this server keys, in join order */
    synchronized Set<MemberId> members() {
        return Set.copyOf(members);
    }

    private void newKey() throws GeneralSecurityException {
        if (epoch == Long.MAX_VALUE) {
            throw new GeneralSecurityException("KDC: epoch space exhausted");
        }
        byte[] next = fresh();
        Arrays.fill(key, (byte) 0);
        key = next;
        epoch++;
    }

    private byte[] fresh() {
        byte[] k = new byte[keyLength];
        context.random().nextBytes(k);
        return k;
    }

    /** Each message gets its own array: the runtime may wipe one after sending it. */
    private byte[] payload() {
        return KdcPayload.encode(epoch, key);
    }

    @Override
    public synchronized String toString() {
        return "KDC server[GK_MECHA=" + policy + ", epoch=" + epoch + ", members=" + members.size() + "]";
    }
}

package org.rmcp.ma.internal.component;

/**
 * What the shell shows of one MA session (X.603.1 Amd.1 10.1.1-10.1.4); registered by
 * {@link MaSessionComponent} with {@value #NAME_PROPERTY}.
 */
public interface MaSessionView {
    /** Service property: the session name. */
    String NAME_PROPERTY = "rmcp.ma.session.name";

    /** Where the MA stands. */
    enum Phase { CONNECTING, RETRYING, REFUSED, SUBSCRIBED, AGREED, FAILED, CLOSED }

    /**
     * @param name session name
     * @param role SMA, DMA or RMA
     * @param maid this MA's MAID
     * @param sm the SM's address
     * @param phase where it stands
     * @param ks Ks fingerprint, "-" when none
     * @param policy the agreed SECLIST, summarised, or "-"
     * @param note the last reason (refusal, failure), or ""
     */
    record Status(String name, String role, String maid, String sm, Phase phase, String ks, String policy, String note) {
    }

    /** @return the current status */
    Status status();
}

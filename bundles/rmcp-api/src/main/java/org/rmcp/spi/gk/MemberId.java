package org.rmcp.spi.gk;

/**
 * A member of a DMA's MM group as the runtime names it to a mechanism: its MAID (64 bits,
 * X.603.1 clause 11.1).
 *
 * @param maid the member's MAID
 * @since 1.0
 */
public record MemberId(long maid) {
    @Override
    public String toString() {
        return String.format("MAID-%016x", maid);
    }
}

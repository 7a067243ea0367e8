/**
 * GK_NAME 0x01, KDC (X.603.1 Amd.1 clause 12, Table 20): the DMA is the key distribution centre
 * of its MM group; it creates the group key Kg (clause 10.2.1.1) and hands it out, re-creating
 * it as the session's GK_MECHA (Table 19) asks. Not exported.
 *
 * <p><b>Payload</b> (our format; the amendment leaves KEY_DATA's content to the mechanism,
 * clauses 11.2.4.3 d and 11.2.9.3 d). The runtime carries it, encrypted, as KEY_DATA of the
 * KEY_MATERIAL sub-control of RELANS (to a joining RMA, under its KMAS) or KEYDELIVER (to one
 * member under its KMAS, or to the group under the Kg the members hold):
 * <pre>
 *  0        1                        9            11
 * +--------+------------------------+------------+------------------+
 * | 0x01   | epoch (64, big-endian) | Kg length  | Kg (Kg length)   |
 * | version| 0 to 2^63-1            | (16, b.e.) | bytes            |
 * +--------+------------------------+------------+------------------+
 * </pre>
 * The epoch counts the server's keys from 0 (the Kg made when the server is created) and plays
 * the part of 11.2.9.3's "time information": a member accepts only a newer one. Kg length must
 * equal the key length of the agreed GK_EN_DEC_ID, and the payload must end with Kg.
 */
package org.rmcp.gk.kdc.internal;

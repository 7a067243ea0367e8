package org.rmcp.codec;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rmcp.codec.RmcpProtocolException.Reason;

/**
 * SECMODULE, our answer to SECALGREQ (X.603.1 Amd.1 11.2.7 leaves module delivery "outside the
 * scope"). Our layout (docs/spec-notes.md 2.7): header | BASE_LENGTH (16) | BASE (UTF-8 https URI)
 * | N_OFFER (8, 1-5) | { OFFER_LENGTH (16) | OFFER (UTF-8 line) } x N_OFFER. Issuer: the SM only;
 * MAID: the recipient's, as for SECLIST. Each OFFER is one org.rmcp.provisioning Offer in its
 * text form; the codec only bounds it.
 *
 * @param nodeType NT, the issuer (SM)
 * @param sessionId Session ID (7.1.1)
 * @param maid MAID of the recipient
 * @param repository the repository base URI, {@code https}, 1-1024 UTF-8 bytes
 * @param offers one offer line per module, 1-{@value #MAX_OFFERS} of them
 * @since 1.0
 */
public record SecModule(NodeType nodeType, long sessionId, Maid maid, String repository, List<String> offers)
        implements RmcpMessage {
    /** Most offers in one message: one per *_DELIVER control of SECALGREQ. */
    public static final int MAX_OFFERS = 5;

    /** Checks the issuer, the base URI and the offer lines. */
    public SecModule {
        Checks.header(MessageType.SECMODULE, nodeType, maid);
        String bad = Utf8Fields.baseProblem(Checks.present("REPOSITORY", repository));
        if (bad != null) {
            throw new IllegalArgumentException("REPOSITORY " + bad);
        }
        offers = List.copyOf(Checks.present("OFFERS", offers));
        Checks.range("N_OFFER", offers.size(), 1, MAX_OFFERS);
        for (String o : offers) {
            bad = Utf8Fields.lineProblem(o);
            if (bad != null) {
                throw new IllegalArgumentException("OFFER " + bad);
            }
        }
    }

    @Override
    public MessageType messageType() {
        return MessageType.SECMODULE;
    }

    @Override
    public List<Control> controls() {
        return List.of();
    }

    @Override
    public int length() {
        int n = HEADER_LENGTH + 2 + Utf8Fields.size(repository) + 1;
        for (String o : offers) {
            n += 2 + Utf8Fields.size(o);
        }
        return n;
    }

    void encodeBody(ByteBuf out) {
        writeField(out, repository);
        out.writeByte(offers.size());
        for (String o : offers) {
            writeField(out, o);
        }
    }

    private static void writeField(ByteBuf out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeShort(b.length).writeBytes(b);
    }

    static SecModule decode(Header h, WireReader r) {
        String base = Utf8Fields.read(r, "BASE");
        String bad = Utf8Fields.baseProblem(base);
        if (bad != null) {
            throw r.fail(Reason.BAD_VALUE, "BASE", HEADER_LENGTH + 2, bad);
        }
        int n = r.u8("N_OFFER", 1, MAX_OFFERS);
        String[] offers = new String[n];
        for (int i = 0; i < n; i++) {
            int at = r.offset() + 2;
            offers[i] = Utf8Fields.read(r, "OFFER");
            bad = Utf8Fields.lineProblem(offers[i]);
            if (bad != null) {
                throw r.fail(Reason.BAD_VALUE, "OFFER", at, bad);
            }
        }
        if (r.remaining() != 0) {
            throw r.fail(Reason.BAD_LENGTH, "Length", 2, r.remaining() + " byte(s) after the last OFFER");
        }
        return new SecModule(h.nodeType(), h.sessionId(), h.maid(), base, List.of(offers));
    }
}

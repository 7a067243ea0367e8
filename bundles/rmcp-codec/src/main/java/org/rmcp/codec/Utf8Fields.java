package org.rmcp.codec;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.rmcp.codec.RmcpProtocolException.Reason;

/** Length-prefixed UTF-8 text fields of SECMODULE (docs/spec-notes.md 2.7): strict, bounded, one line. */
final class Utf8Fields {
    /** Largest field, in UTF-8 bytes. Our choice (docs/spec-notes.md 2.7). */
    static final int MAX_BYTES = 1024;

    private Utf8Fields() {
    }

    static int size(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Reads {@code <field>_LENGTH (16, 1-MAX_BYTES)} then that many bytes of strict UTF-8. */
    static String read(WireReader r, String field) {
        int at = r.offset();
        int len = r.u16(field + "_LENGTH");
        if (len < 1 || len > MAX_BYTES) {
            throw r.fail(Reason.BAD_LENGTH, field + "_LENGTH", at, len + " outside 1-" + MAX_BYTES);
        }
        if (r.remaining() < len) {
            throw r.fail(Reason.TRUNCATED, field + "_LENGTH", at, len + " runs past the message end");
        }
        byte[] b = r.octets(field, len).toByteArray();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw r.fail(Reason.BAD_VALUE, field, at + 2, "not UTF-8");
        }
    }

    /** @return why {@code s} is not a bounded single line, or null */
    static String lineProblem(String s) {
        if (s == null || s.isEmpty()) {
            return "is empty";
        }
        if (size(s) > MAX_BYTES) {
            return "longer than " + MAX_BYTES + " UTF-8 bytes";
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return "holds a control character";
            }
        }
        return null;
    }

    /** @return why {@code s} is not an absolute https URI with a host (one bounded line), or null */
    static String baseProblem(String s) {
        String bad = lineProblem(s);
        if (bad != null) {
            return bad;
        }
        try {
            URI u = new URI(s);
            if (u.getScheme() == null || !u.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
                return "is not an https URI";
            }
            if (u.getHost() == null || u.getRawUserInfo() != null || u.getRawFragment() != null) {
                return "needs a host and no user info or fragment";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a URI";
        }
    }
}

package org.rmcp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Construction checks of SECMODULE (docs/spec-notes.md 2.7): issuer, base URI, offer list. */
class SecModuleTest {
    private static final Maid MAID = Maid.parse("10.0.0.1:5000");
    private static final List<String> ONE = List.of("type=EN_DEC;code=4");

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("issuer SMA", NodeType.SMA, "https://sm/r", ONE),
                Arguments.of("issuer RMA", NodeType.RMA, "https://sm/r", ONE),
                Arguments.of("http base", NodeType.SM, "http://sm/r", ONE),
                Arguments.of("relative base", NodeType.SM, "/repo", ONE),
                Arguments.of("base with user info", NodeType.SM, "https://u@sm/r", ONE),
                Arguments.of("base too long", NodeType.SM, "https://sm/" + "a".repeat(1014), ONE),
                Arguments.of("empty list", NodeType.SM, "https://sm/r", List.of()),
                Arguments.of("six offers", NodeType.SM, "https://sm/r", Collections.nCopies(6, "x")),
                Arguments.of("empty offer", NodeType.SM, "https://sm/r", List.of("")),
                Arguments.of("two-line offer", NodeType.SM, "https://sm/r", List.of("a\nb")),
                Arguments.of("offer too long", NodeType.SM, "https://sm/r", List.of("é".repeat(513))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses(String label, NodeType nt, String base, List<String> offers) {
        assertThrows(IllegalArgumentException.class, () -> new SecModule(nt, 1, MAID, base, offers));
    }

    @ParameterizedTest(name = "{0} bytes")
    @MethodSource("bounds")
    void acceptsTheBoundsAndRoundTrips(int n) {
        SecModule m = new SecModule(NodeType.SM, 1, MAID, "HTTPS://sm:8443/" + "a".repeat(n - 16),
                Collections.nCopies(SecModule.MAX_OFFERS, "é".repeat(512)));
        assertEquals(m, RmcpCodec.DEFAULT.decode(RmcpCodec.DEFAULT.encodeToBytes(m)));
    }

    static Stream<Integer> bounds() {
        return Stream.of(17, 1024);
    }
}

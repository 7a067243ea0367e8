package org.rmcp.sm.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.rmcp.sm.internal.state.Fixtures.sent;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.KeyDeliver;
import org.rmcp.sm.internal.SessionHarness;

/** {@code rmcp:key-rotate}: fresh Ks delivered to SMA and DMAs, fingerprint printed, key not. */
class KeyRotateCommandTest {
    @Test
    void rotatesAndPrintsTheFingerprint() throws Exception {
        SessionHarness h = new SessionHarness("news", GpAttribute.OPEN);
        h.open(2, 3);
        h.effects.clear();
        ShellFixture f = new ShellFixture();
        KeyRotateCommand command = new KeyRotateCommand();
        command.out = f.out;
        command.sessions = List.of(h.session);
        command.session = "news";
        command.execute();
        String fp = h.session.sessionKey().fingerprint();
        assertEquals(List.of("Session news: Ks rotated to epoch 2 (fingerprint " + fp + "), KEYDELIVER to 3 SMA/DMA member(s)"),
            f.lines());
        assertEquals(3, sent(h.effects, KeyDeliver.class).size());
        assertFalse(f.text().contains(HexFormat.of().formatHex(h.session.sessionKey().key())));
    }
}

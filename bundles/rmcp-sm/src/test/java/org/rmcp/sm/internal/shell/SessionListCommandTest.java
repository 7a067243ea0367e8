package org.rmcp.sm.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.NodeType;
import org.rmcp.sm.internal.SessionHarness;
import org.rmcp.sm.internal.state.Fixtures;

/** {@code rmcp:session-list} output. */
class SessionListCommandTest {
    private final ShellFixture f = new ShellFixture();
    private final SessionListCommand command = new SessionListCommand();
    private final SessionHarness news = new SessionHarness("news", GpAttribute.OPEN);
    private final SessionHarness alpha = new SessionHarness("alpha", GpAttribute.CLOSED);

    SessionListCommandTest() {
        command.out = f.out;
        command.noFormat = true;
        command.sessions = List.of(news.session, alpha.session);
    }

    @Test
    void oneRowPerSessionSortedByNameWithFingerprintOnly() throws Exception {
        news.open(2, 3);
        command.execute();
        List<List<String>> rows = f.rows(); // --no-format: no header row
        assertEquals(2, rows.size());
        assertEquals(List.of("alpha", "0x0102030405060708", "closed", "bootstrap", "0 SMA, 0 DMA, 0 RMA", "1",
            alpha.session.sessionKey().fingerprint(), "psk 127.0.0.1:7300"), rows.get(0)); // empty Note cell trimmed
        assertEquals(List.of("news", "0x0102030405060708", "open", "open", "1 SMA, 2 DMA, 0 RMA", "1",
            news.session.sessionKey().fingerprint()), rows.get(1).subList(0, 7));
        String keyHex = HexFormat.of().formatHex(news.session.sessionKey().key());
        assertFalse(f.text().contains(keyHex), "key material is never printed");
        assertFalse(f.text().toLowerCase().contains(keyHex.substring(0, 16)));
    }

    @Test
    void failedSessionShowsWhy() throws Exception {
        news.receive(2, Fixtures.subsReq(NodeType.DMA, 2));
        news.receive(2, Fixtures.dmaReq(2, List.of(), List.of(), List.of()));
        news.tick(SessionHarness.AGREE);
        command.sessions = List.of(news.session);
        command.execute();
        List<String> row = f.rows().get(0);
        assertEquals("failed", row.get(3));
        assertTrue(row.get(8).startsWith("no SECAGREQ from the SMA"), row.get(8));
    }

    @Test
    void formattedTableHasHeaderAndEmptyText() throws Exception {
        command.noFormat = false;
        command.execute();
        assertTrue(f.lines().get(0).matches("Name\\s+\\| Session ID\\s+\\| Group\\s+\\| Phase\\s+\\| Members.*"),
            f.lines().get(0));
        ShellFixture empty = new ShellFixture();
        command.out = empty.out;
        command.sessions = null;
        command.execute();
        assertTrue(empty.text().contains("No sessions (create one with rmcp:session-create)"), empty.text());
    }
}

package org.rmcp.sm.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.sm.internal.state.Fixtures.SID;
import static org.rmcp.sm.internal.state.Fixtures.maid;
import static org.rmcp.sm.internal.state.Fixtures.subsReq;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.LeavReq;
import org.rmcp.codec.NodeType;
import org.rmcp.sm.internal.SessionHarness;

/** {@code rmcp:member-list}: MAID, type, state, KTLS fingerprint. */
class MemberListCommandTest {
    private final ShellFixture f = new ShellFixture();
    private final MemberListCommand command = new MemberListCommand();
    private final SessionHarness h = new SessionHarness("news", GpAttribute.OPEN);

    MemberListCommandTest() {
        command.out = f.out;
        command.noFormat = true;
        command.sessions = List.of(h.session);
        command.session = "news";
    }

    @Test
    void listsActiveMembersInAdmissionOrder() throws Exception {
        h.open(2, 3);
        h.receive(9, subsReq(NodeType.RMA, 9));
        h.receive(3, new LeavReq(NodeType.DMA, SID, maid(3)));
        command.execute();
        List<List<String>> rows = f.rows();
        assertEquals(3, rows.size());
        assertEquals(List.of("10.0.0.1:7000", "SMA", "configured", "00000001", "link-1"), rows.get(0).subList(0, 5));
        assertEquals(List.of("10.0.0.2:7000", "DMA", "configured", "00000002"), rows.get(1).subList(0, 4));
        assertEquals(List.of("10.0.0.9:7000", "RMA", "admitted", "00000009"), rows.get(2).subList(0, 4));
        assertEquals("2026-01-01T00:00:05Z", rows.get(2).get(5));
    }

    @Test
    void allIncludesEvictedMembers() throws Exception {
        h.open(2);
        h.receive(2, new LeavReq(NodeType.DMA, SID, maid(2)));
        command.all = true;
        command.execute();
        assertEquals(List.of("10.0.0.2:7000", "DMA", "evicted"), f.rows().get(1).subList(0, 3));
    }

    @Test
    void unknownSessionListsTheRunningOnes() {
        command.session = "sport";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, command::execute);
        assertTrue(e.getMessage().startsWith("No RMCP-2 session 'sport'; running: [news]"), e.getMessage());
    }

    @Test
    void emptySessionSaysSo() throws Exception {
        command.noFormat = false;
        command.execute();
        assertTrue(f.text().contains("No members"), f.text());
        assertTrue(f.lines().get(0).matches("MAID\\s+\\| Type\\s+\\| State\\s+\\| KTLS\\s+\\| Link\\s+\\| Since\\s*"));
    }
}

package org.rmcp.sm.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rmcp.sm.internal.state.Fixtures.subsReq;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rmcp.codec.GpAttribute;
import org.rmcp.codec.NodeType;
import org.rmcp.codec.ResultCode;
import org.rmcp.codec.SubsAns;
import org.rmcp.sm.api.Effect;
import org.rmcp.sm.internal.SessionHarness;

/** {@code rmcp:user-add} and {@code rmcp:user-import}: closed-group identifiers (X.603.1 Amd.1 10.1.1.5). */
class UserCommandsTest {
    @TempDir
    Path dir;

    private final ShellFixture f = new ShellFixture();
    private final SessionHarness closed = new SessionHarness("vip", GpAttribute.CLOSED);

    private UserAddCommand add(String id) {
        UserAddCommand c = new UserAddCommand();
        c.out = f.out;
        c.sessions = List.of(closed.session);
        c.session = "vip";
        c.id = id;
        return c;
    }

    private int rmas = 10;

    private ResultCode subscribe(String id) {
        int n = rmas++;
        List<Effect> out = closed.receive(n, subsReq(NodeType.RMA, n, id));
        return ((SubsAns) ((Effect.Send) out.get(0)).message()).result().resultCode();
    }

    @Test
    void addedIdentifierAdmitsTheRma() throws Exception {
        closed.open(2);
        assertEquals(ResultCode.SERV_USER_ID_NOT_RECOGNIZED, subscribe("card-7"));
        add("card-7").execute();
        add("card-7").execute();
        assertEquals(List.of("Session vip: identifier registered (1 registered)",
            "Session vip: identifier was already registered (1 registered)"), f.lines());
        assertEquals(ResultCode.OK, subscribe("card-7"));
    }

    @Test
    void hexIdentifier() throws Exception {
        UserAddCommand c = add("63 61 72 64");
        c.hex = true;
        c.execute();
        assertEquals(1, closed.session.serviceUserCount());
        closed.open(2);
        assertEquals(ResultCode.OK, subscribe("card"));
    }

    @Test
    void openSessionGetsANote() throws Exception {
        SessionHarness open = new SessionHarness("free", GpAttribute.OPEN);
        UserAddCommand c = add("x");
        c.sessions = List.of(open.session);
        c.session = "free";
        c.execute();
        assertTrue(f.lines().get(1).startsWith("Note: session free is configured open"), f.text());
    }

    @Test
    void importReadsOneIdPerLineSkippingComments() throws Exception {
        Path file = dir.resolve("cp-export.txt");
        Files.writeString(file, "# CP export\ncard-1\n\ncard-2\n# card-3\ncard-1\n", StandardCharsets.UTF_8);
        add("card-2").execute();
        UserImportCommand c = new UserImportCommand();
        c.out = f.out;
        c.sessions = List.of(closed.session);
        c.session = "vip";
        c.file = file.toString();
        c.execute();
        assertEquals("Session vip: imported 1 new of 3 identifier(s) from cp-export.txt (2 registered)", f.lines().get(1));
        assertFalse(f.text().contains("card-1"), "identifiers are not echoed");
        closed.open(2);
        assertEquals(ResultCode.OK, subscribe("card-1"));
        assertEquals(ResultCode.SERV_USER_ID_NOT_RECOGNIZED, subscribe("card-3"));
    }

    @Test
    void unreadableFileIsAnError() {
        UserImportCommand c = new UserImportCommand();
        c.out = f.out;
        c.sessions = List.of(closed.session);
        c.session = "vip";
        c.file = dir.resolve("missing.txt").toString();
        assertTrue(assertThrows(IllegalArgumentException.class, c::execute).getMessage().startsWith("Cannot read"));
    }
}

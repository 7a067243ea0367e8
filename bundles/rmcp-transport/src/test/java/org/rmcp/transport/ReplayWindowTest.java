package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReplayWindowTest {
    private static void refused(ReplayWindow w, long seq, ProtectionException.Reason reason) {
        ProtectionException e = assertThrows(ProtectionException.class, () -> w.accept(seq));
        assertEquals(reason, e.reason());
    }

    @Test
    void strictAcceptsOnlyIncreasingNumbers() throws Exception {
        ReplayWindow w = ReplayWindow.strict();
        w.accept(0);
        w.accept(1);
        w.accept(5); // gaps are fine
        refused(w, 5, ProtectionException.Reason.REPLAYED);
        refused(w, 4, ProtectionException.Reason.REPLAYED);
        refused(w, 0, ProtectionException.Reason.REPLAYED);
        refused(w, -1, ProtectionException.Reason.MALFORMED);
        assertEquals(5, w.highest());
    }

    @Test
    void slidingAcceptsReorderedNumbersOnceWithinTheWindow() throws Exception {
        ReplayWindow w = ReplayWindow.sliding();
        w.accept(10);
        w.accept(7);
        w.accept(9);
        refused(w, 7, ProtectionException.Reason.REPLAYED);
        w.accept(100);
        w.accept(37); // 63 behind: inside
        refused(w, 36, ProtectionException.Reason.REPLAYED); // 64 behind: outside
        refused(w, 100, ProtectionException.Reason.REPLAYED);
        w.accept(200); // jump beyond the window clears it
        w.accept(199);
        refused(w, 199, ProtectionException.Reason.REPLAYED);
    }

    @Test
    void checkDoesNotRecord() throws Exception {
        ReplayWindow w = ReplayWindow.strict();
        w.check(3);
        w.check(3);
        w.accept(3);
        assertThrows(ProtectionException.class, () -> w.check(3));
    }

    @Test
    void extremeNumbers() throws Exception {
        ReplayWindow w = ReplayWindow.ofWidth(64);
        w.accept(Long.MAX_VALUE);
        refused(w, Long.MAX_VALUE, ProtectionException.Reason.REPLAYED);
        assertDoesNotThrow(() -> w.accept(Long.MAX_VALUE - 1));
        assertThrows(IllegalArgumentException.class, () -> ReplayWindow.ofWidth(0));
        assertThrows(IllegalArgumentException.class, () -> ReplayWindow.ofWidth(65));
    }
}

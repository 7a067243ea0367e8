package org.rmcp.alg.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.BadPaddingException;
import org.junit.jupiter.api.Test;

class BufferGuardTest {
    private final ByteBuffer in = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    private final ByteBuffer out = ByteBuffer.allocate(8);

    BufferGuardTest() {
        in.position(1);
        out.position(2);
    }

    @Test
    void successKeepsWhatTheStepDidAndReturnsItsCount() throws GeneralSecurityException {
        int n = BufferGuard.restoring(in, out, () -> {
            out.put(in.get());
            return 1;
        });
        assertEquals(1, n);
        assertEquals(2, in.position());
        assertEquals(3, out.position());
    }

    @Test
    void checkedFailurePutsBothBuffersBack() {
        BadPaddingException thrown = new BadPaddingException("x");
        assertSame(thrown, assertThrows(BadPaddingException.class, () -> BufferGuard.restoring(in, out, () -> {
            out.put(in.get()).put(in.get());
            throw thrown;
        })));
        assertEquals(1, in.position());
        assertEquals(2, out.position());
    }

    @Test
    void runtimeFailurePutsBothBuffersBack() {
        assertThrows(IllegalStateException.class, () -> BufferGuard.restoring(in, out, () -> {
            in.get();
            out.put((byte) 9);
            throw new IllegalStateException();
        }));
        assertEquals(1, in.position());
        assertEquals(2, out.position());
    }

    @Test
    void wipingZeroesWhatTheStepWroteWithinTheGivenLength() {
        assertThrows(BadPaddingException.class, () -> BufferGuard.wiping(in, out, 3, () -> {
            out.put(new byte[] {7, 7, 7, 7});
            in.get();
            throw new BadPaddingException("x");
        }));
        assertEquals(1, in.position());
        assertEquals(2, out.position());
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 7, 0, 0}, out.array());
    }

    @Test
    void wipeStopsAtTheLimitAndMovesBack() {
        ByteBuffer b = ByteBuffer.wrap(new byte[] {5, 5, 5, 5, 5, 5});
        b.limit(4).position(3);
        BufferGuard.wipe(b, 1, 10);
        assertEquals(1, b.position());
        assertArrayEquals(new byte[] {5, 0, 0, 0, 5, 5}, b.array());
    }

    @Test
    void wipeLeavesAReadOnlyBufferAlone() {
        byte[] data = new byte[4];
        Arrays.fill(data, (byte) 3);
        ByteBuffer ro = ByteBuffer.wrap(data).asReadOnlyBuffer();
        ro.position(2);
        BufferGuard.wipe(ro, 0, 4);
        assertEquals(2, ro.position());
        assertArrayEquals(new byte[] {3, 3, 3, 3}, data);
    }
}

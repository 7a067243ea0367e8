package org.rmcp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PskFileTest {
    private static final String KEY = "000102030405060708090a0b0c0d0e0f";

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("sm.psk"), text);
    }

    @Test
    void readsNamedAndBareKeys() throws IOException {
        PskFile f = PskFile.load(file("# keys\n\nsma = " + KEY + "\n" + KEY.replace('0', 'f') + "\n"), "rmcp-sm");
        assertEquals(2, f.size());
        assertArrayEquals(HexFormat.of().parseHex(KEY), f.lookup("sma"));
        assertArrayEquals(HexFormat.of().parseHex(KEY.replace('0', 'f')), f.lookup("rmcp-sm"));
        assertNull(f.lookup("mallory"));
    }

    @Test
    void lookupReturnsACopy() throws IOException {
        PskFile f = PskFile.load(file("sma=" + KEY), "rmcp-sm");
        f.lookup("sma")[0] = 9;
        assertEquals(0, f.lookup("sma")[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# only a comment\n", "sma = 0001020304050607\n", "sma = not-hex-at-all-000000000000\n",
        " = " + KEY + "\n", "sma = " + KEY + "\nsma = " + KEY + "\n"})
    void refusesBadFilesWithoutShowingKeys(String text) throws IOException {
        IOException e = assertThrows(IOException.class, () -> PskFile.load(file(text), "rmcp-sm"));
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertTrue(e.getMessage().contains("sm.psk"), e.getMessage());
    }
}

package org.rmcp.sm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rmcp.sm.internal.state.Fixtures;
import org.rmcp.sm.internal.state.ServiceUserRegistry;

/** The hashed service user file survives a restart and never holds an identifier. */
class FileServiceUserStoreTest {
    @TempDir
    Path dir;

    @Test
    void saveThenLoadRecognisesTheSameIdentifiers() throws IOException {
        Path file = dir.resolve("sub/users.txt");
        FileServiceUserStore store = new FileServiceUserStore(file);
        ServiceUserRegistry r = store.load(Fixtures.counter());
        assertEquals(0, r.size());
        r.add("alice@cp".getBytes(StandardCharsets.UTF_8));
        r.add("bob@cp".getBytes(StandardCharsets.UTF_8));
        store.save(r);
        ServiceUserRegistry back = store.load(b -> {
            throw new AssertionError("a saved registry keeps its salt");
        });
        assertTrue(back.contains("alice@cp".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, back.size());
        String text = Files.readString(file);
        assertFalse(text.contains("alice"));
        assertFalse(text.contains(HexFormat.of().formatHex("alice@cp".getBytes(StandardCharsets.UTF_8))));
        assertTrue(text.contains("salt " + HexFormat.of().formatHex(r.salt())));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void fileWithoutSaltIsAnError() throws IOException {
        Path file = dir.resolve("users.txt");
        Files.writeString(file, "# nothing\nabcdef\n");
        assertThrows(IOException.class, () -> new FileServiceUserStore(file).load(Fixtures.counter()));
    }
}

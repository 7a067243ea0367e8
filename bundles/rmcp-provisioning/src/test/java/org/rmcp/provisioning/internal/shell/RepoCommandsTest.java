package org.rmcp.provisioning.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rmcp.provisioning.internal.Proxies;
import org.rmcp.provisioning.internal.TestJars;
import org.rmcp.provisioning.internal.repository.BundleRepositoryComponent;
import org.rmcp.provisioning.internal.repository.RepositoryConfig;

/** {@code rmcp:repo-list} and {@code rmcp:repo-add} against a real directory repository. */
class RepoCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private BundleRepositoryComponent repository() throws IOException {
        return new BundleRepositoryComponent(Proxies.context(Map.of(), dir),
            Proxies.config(RepositoryConfig.class, Map.of("dir", dir.resolve("repo").toString())));
    }

    private <C extends RepositoryCommandSupport> C wire(C command, BundleRepositoryComponent repo) {
        command.repository = repo;
        command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return command;
    }

    private List<List<String>> rows() {
        return bytes.toString(StandardCharsets.UTF_8).lines()
            .map(l -> Arrays.stream(l.split("\t")).map(String::trim).toList()).toList();
    }

    @Test
    void addThenListShowsOneRowPerAlgorithm() throws Exception {
        BundleRepositoryComponent repo = repository();
        RepoAddCommand add = wire(new RepoAddCommand(), repo);
        add.jar = TestJars.seed().toString();
        add.noFormat = true;
        add.execute();
        List<String> added = rows().get(0);
        assertEquals(List.of("org.rmcp.cipher.seed", "0.1.0.SNAPSHOT", "en_dec", "0x04"), added.subList(0, 4));
        assertEquals(16, added.get(4).length());
        bytes.reset();

        add.jar = TestJars.hmacSha1().toString();
        add.execute();
        bytes.reset();
        RepoListCommand list = wire(new RepoListCommand(), repo);
        list.noFormat = true;
        list.execute();
        List<List<String>> rows = rows();
        assertEquals(2, rows.size());
        assertEquals(List.of("org.rmcp.cipher.seed", "en_dec", "0x04"),
            List.of(rows.get(0).get(0), rows.get(0).get(2), rows.get(0).get(3)));
        assertEquals(List.of("org.rmcp.mac.hmacsha1", "auth", "0x01"),
            List.of(rows.get(1).get(0), rows.get(1).get(2), rows.get(1).get(3)));
    }

    @Test
    void emptyRepositorySaysSo() throws Exception {
        RepoListCommand list = wire(new RepoListCommand(), repository());
        list.execute();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("The repository is empty"));
    }

    @Test
    void missingFileOrRepositoryFailsClearly() throws Exception {
        RepoAddCommand add = wire(new RepoAddCommand(), repository());
        add.jar = dir.resolve("nope.jar").toString();
        assertTrue(assertThrows(IllegalArgumentException.class, add::execute).getMessage().contains("No such file"));
        RepoListCommand list = new RepoListCommand();
        assertTrue(assertThrows(IllegalStateException.class, list::execute).getMessage()
            .contains("org.rmcp.provisioning"));
    }
}

package org.rmcp.sm.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Captures a command's output and splits --no-format rows into trimmed cells. */
final class ShellFixture {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    List<String> lines() {
        return text().lines().toList();
    }

    List<List<String>> rows() {
        return text().lines().map(l -> Arrays.stream(l.split("\t")).map(String::trim).toList()).toList();
    }
}

package org.actorgraph.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files for tests. */
public final class TestFiles {
    private TestFiles() {}

    /**
     * Articles written for a test as a JSON Lines file {@code articles.jsonl} in a folder, one
     * {@link #article(String, String, String)} a line.
     */
    public static Path articles(Path folder, String... lines) throws IOException {
        return write(folder, "articles.jsonl", String.join("\n", lines) + "\n");
    }

    /** One article as a JSON line: its id, its date (null for none) and its text. */
    public static String article(String id, String date, String text) {
        return "{\"id\": \"" + id + "\", " + (date == null ? "" : "\"date\": \"" + date + "\", ") + "\"text\": \""
                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** Writes a UTF-8 file at a path relative to a folder, making its parent folders. */
    public static Path write(Path folder, String name, String content) throws IOException {
        Path p = folder.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}

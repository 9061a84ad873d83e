package org.actorgraph.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files for tests. */
public final class TestFiles {
    private TestFiles() {}

    /** Writes a UTF-8 file at a path relative to a folder, making its parent folders. */
    public static Path write(Path folder, String name, String content) throws IOException {
        Path p = folder.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
